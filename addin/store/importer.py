"""`pmo history import`: backfill snapshots from roll-up workbooks this tool wrote.

A roll-up holds every item with its project id, source file and cell, the findings, the
Load Report and a Manifest with its as-of date, so a snapshot is rebuilt from its sheets
(read with calamine). A file that is not one of our roll-ups is refused with the reason.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from pathlib import Path
from typing import Any

from python_calamine import CalamineWorkbook
from sqlalchemy import Date, Float, Integer

from addin.files.sniff import sniff
from addin.rollup.figures import UNRATED
from addin.rollup.writer import ROLLUP_MARKER
from addin.store import schema
from addin.store.content import FILE_COLUMNS, FINDING_COLUMNS, PROJECT_CELL
from addin.store.errors import NotARollupError
from addin.store.store import SnapshotData

MANIFEST = "Manifest"
PROJECTS = "Projects"
#: Projects-sheet header -> store column (the open-risk counts are gathered separately).
PROJECT_HEADERS: dict[str, str] = {
    "Project ID": "project_id",
    "Project Name": "project_name",
    "Portfolio": "portfolio",
    "Programme": "programme",
    "Project Manager": "project_manager",
    "Stage": "stage",
    "Delivery Method": "delivery_method",
    "Overall RAG": "overall_rag",
    "Schedule RAG": "schedule_rag",
    "Cost RAG": "cost_rag",
    "Scope RAG": "scope_rag",
    "Computed Cost RAG": "computed_cost_rag",
    "Currency": "currency",
    "Budget (BAC)": "bac",
    "Actual to Date": "actual_to_date",
    "ETC": "etc",
    "EAC": "eac",
    "VAC": "vac",
    "VAC %": "vac_pct",
    "Open Issues": "open_issues",
    "Overdue Items": "overdue_items",
    "Next Milestone": "next_milestone",
    "Next Milestone Date": "next_milestone_date",
    "Next Milestone Slippage Days": "next_milestone_slippage",
    "WSJF": "wsjf",
    "Data Quality Score": "quality",
    "Errors": "errors",
    "Warnings": "warnings",
    "Report Date": "report_date",
    "Template Version": "template_version",
    "Source File": "source_file",
    "Sponsor": "sponsor",
    "Status Summary": "status_summary",
}
FINDING_HEADERS = {
    "File": "file",
    "Project ID": "project_id",
    "Severity": "severity",
    "Code": "code",
    "Message": "message",
    "Sheet": "sheet",
    "Cell": "cell",
    "Address": "address",
    "Register": "register",
    "Item ID": "item_id",
    "Value": "value",
}
LOAD_HEADERS = {
    "File": "file",
    "Status": "status",
    "Project ID": "project_id",
    "Used In Roll-up": "used",
    "Reason": "reason",
    "What It Is": "kind",
    "Errors": "errors",
    "Warnings": "warnings",
    "Info": "infos",
    "Size (bytes)": "size",
    "SHA-256": "sha256",
}
_OPEN_RISKS = re.compile(r"^Open (.+) Risks$")


def _refuse(path: Path, why: str) -> NotARollupError:
    return NotARollupError(
        f"{path}: {why}; `pmo history import` takes roll-up workbooks written by "
        "`pmo consolidate` (nothing was imported from it)"
    )


def check_rollup(path: Path) -> None:
    """Raise :class:`NotARollupError` unless ``path`` is a roll-up this tool wrote."""
    from addin.consolidate.engine import is_rollup_file

    kind = sniff(path)
    if kind.kind == "missing":
        raise _refuse(path, "no such file")
    if not kind.readable:
        raise _refuse(path, f"not a readable workbook ({kind.reason})")
    if not is_rollup_file(path):
        raise _refuse(
            path,
            f"not a roll-up (it lacks the {ROLLUP_MARKER!r} property our roll-ups carry; "
            "a project workbook or another workbook)",
        )


def _cell(value: object) -> object:
    return None if value == "" else value


def _coerce(value: object, sql_type: object) -> object:
    value = _cell(value)
    if value is None:
        return None
    if isinstance(sql_type, Date):
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        try:
            return date.fromisoformat(str(value)[:10])
        except ValueError:
            return None
    if isinstance(sql_type, Integer):
        if isinstance(value, bool):
            return int(value)
        try:
            return int(float(value))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return None
    if isinstance(sql_type, Float):
        try:
            return float(value)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return None
    if isinstance(value, datetime | date):
        return value.isoformat()[:10]
    return str(value)


def _table_rows(
    rows: list[list[Any]], table: Any, headers: dict[str, str], columns: tuple[str, ...]
) -> list[tuple[object, ...]]:
    """Rows of a sheet whose first row is the header, as ``columns`` of ``table``."""
    if not rows:
        return []
    header = rows[0]
    width = header.index("") if "" in header else len(header)  # the first table only
    where: dict[str, int] = {}
    for i, h in enumerate(header[:width]):
        if h in headers:
            where.setdefault(headers[h], i)
    types = [table.c[c].type for c in columns]
    out = []
    for raw in rows[1:]:
        if not any(v != "" for v in raw[:width]):
            break  # the table ends at the first empty row
        out.append(
            tuple(
                _coerce(raw[where[c]], t) if c in where and where[c] < len(raw) else None
                for c, t in zip(columns, types, strict=True)
            )
        )
    return out


def _sheet(wb: CalamineWorkbook, name: str) -> list[list[Any]]:
    if name not in wb.sheet_names:
        return []
    return wb.get_sheet_by_name(name).to_python(skip_empty_area=False)


def _manifest(path: Path, rows: list[list[Any]]) -> tuple[dict[str, str], list[list[Any]]]:
    facts: dict[str, str] = {}
    files: list[list[Any]] = []
    for i, row in enumerate(rows):
        if row and row[0] == "Input File":
            files = rows[i:]
            break
        if len(row) >= 2 and row[0] not in ("", "Item"):
            facts[str(row[0])] = str(row[1])
    if "As-of date" not in facts:
        raise _refuse(path, "its Manifest sheet has no As-of date")
    return facts, files


def snapshot_from_rollup(path: Path) -> SnapshotData:
    """The snapshot a roll-up workbook holds (raises NotARollupError when it is not one)."""
    path = Path(path)
    check_rollup(path)
    try:
        wb = CalamineWorkbook.from_path(str(path))
    except Exception as exc:  # calamine raises its own types for a damaged package
        raise _refuse(path, f"cannot be read ({exc})") from None
    if MANIFEST not in wb.sheet_names or PROJECTS not in wb.sheet_names:
        raise _refuse(path, "it has no Manifest or Projects sheet")
    facts, file_rows = _manifest(path, _sheet(wb, MANIFEST))
    try:
        as_of = date.fromisoformat(facts["As-of date"][:10])
    except ValueError:
        raise _refuse(
            path, f"its Manifest's As-of date {facts['As-of date']!r} is not a date"
        ) from None
    data = SnapshotData(
        as_of,
        {
            "run_time": facts.get(next((k for k in facts if k.startswith("Run time")), ""), None),
            "tool_version": facts.get("Tool version"),
            "standards_name": facts.get("Standards"),
            "standards_version": facts.get("Standards version"),
            "standards_fingerprint": facts.get("Standards fingerprint (SHA-256)"),
            "folder": facts.get("Input folder"),
            "origin": f"import: {path.name}",
        },
    )
    data.tables["projects"] = _projects(_sheet(wb, PROJECTS))
    for key, rt in schema.REGISTER_TABLES.items():
        headers = {
            "Project ID": "project_id",
            "Source File": "source_file",
            "Source Cell": "source_cell",
        }
        headers.update({c.name: c.key for c in rt.register.columns})
        headers["Days Overdue"] = "days_overdue"
        columns = ("project_id", "source_file", "source_cell", *rt.value_columns)
        rows = _table_rows(_sheet(wb, rt.register.sheet), rt.table, headers, columns)
        data.tables[key] = (columns, rows)
    data.tables["findings"] = (
        FINDING_COLUMNS,
        _table_rows(_sheet(wb, "Findings"), schema.findings, FINDING_HEADERS, FINDING_COLUMNS),
    )
    load = _table_rows(_sheet(wb, "Load Report"), schema.files, LOAD_HEADERS, FILE_COLUMNS)
    used = FILE_COLUMNS.index("used")
    data.tables["files"] = (
        FILE_COLUMNS,
        [(*r[:used], r[used] == "Y", *r[used + 1 :]) for r in load],
    )
    if not load and file_rows:  # an older roll-up: the Manifest's input files
        data.tables["files"] = (
            ("file", "sha256", "size", "status"),
            [tuple(_cell(v) for v in r[:4]) for r in file_rows[1:] if r and r[0] != ""],
        )
    return data


def _projects(rows: list[list[Any]]) -> tuple[tuple[str, ...], list[tuple[object, ...]]]:
    header = rows[0] if rows else []
    bands = {i: m.group(1) for i, h in enumerate(header) if (m := _OPEN_RISKS.match(str(h)))}
    columns = tuple(c for c in PROJECT_HEADERS.values())
    table_rows = _table_rows(rows, schema.projects, PROJECT_HEADERS, columns)
    out = []
    for raw, row in zip(rows[1:], table_rows, strict=False):
        risks = {band: int(float(raw[i] or 0)) for i, band in bands.items()}
        risks.setdefault(UNRATED, 0)
        out.append((*row, PROJECT_CELL, json.dumps(risks)))
    return (*columns, "source_cell", "open_risks"), out


__all__ = ["check_rollup", "snapshot_from_rollup"]
