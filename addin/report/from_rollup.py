"""Read a roll-up workbook back (python-calamine): the Summary's figures, every project's
row and items, findings, the Dependencies Map and the Load Report, so the pack and the
feedback show the roll-up's own numbers. The roll-up is only read.

A roll-up's data sheets are Excel tables whose header is the sheet's first row; a sheet
too long for Excel continues on ``Risks (2)``... (read together). Sheets that later
versions add (``Agile``, ``Changes``) are used when present.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from addin.errors import UsageError
from addin.report.content import StatusReport, as_date, build_status_report, text
from addin.rollup.dependency_map import GOOD_MATCHES
from addin.rollup.register_sheets import ROLLUP_REGISTERS
from addin.standards import Standards

Row = dict[str, Any]

AGILE_SHEET = "Agile"
CHANGES_SHEET = "Changes"
SEVERITIES = ("error", "warning", "info")


@dataclass
class RollupContent:
    """What the pack and the feedback need from one roll-up."""

    path: Path
    as_of: date
    reports: list[StatusReport]
    projects: list[Row]
    totals: list[tuple[str, Any]]  # the Summary's "Portfolio totals" (measure, value)
    rag_counts: list[Row]  # the Summary's "Projects by RAG"
    findings: list[Row]
    dependency_map: list[Row]
    load_report: list[Row]
    #: What changed since the previous snapshot (the roll-up's Changes sheet, when the
    #: store made one): one row per change, as that sheet's columns.
    changes: list[Row] = field(default_factory=list)
    changes_note: str | None = None
    manifest: dict[str, str] = field(default_factory=dict)
    _findings_by_file: dict[str, list[Row]] | None = field(default=None, repr=False)

    def findings_of(self, source: str) -> list[Row]:
        if self._findings_by_file is None:
            self._findings_by_file = _group(self.findings, "File")
        return self._findings_by_file.get(source, [])


def _cell(value: Any) -> Any:
    if value == "":
        return None
    if isinstance(value, datetime) and value.time() == datetime.min.time():
        return value.date()
    return value


def _agile_table(book: _Book) -> list[Row]:
    """The Agile sheet's project table: its header row is the one starting "Project ID"
    (a title sits above it)."""
    rows = book.rows(AGILE_SHEET)
    at = next((i for i, r in enumerate(rows) if r and text(r[0]) == "Project ID"), 0)
    return _rows_to_dicts(rows, at)


def _rows_to_dicts(rows: Sequence[Sequence[Any]], header_row: int = 0) -> list[Row]:
    if len(rows) <= header_row:
        return []
    headers = [text(h) for h in rows[header_row]]
    out = []
    for raw in rows[header_row + 1 :]:
        values = [_cell(v) for v in raw]
        if all(v is None for v in values):
            continue
        row: Row = {}
        for h, v in zip(headers, values, strict=False):
            if (
                h and h not in row
            ):  # the first table's column wins (Finance has a month view beside it)
                row[h] = v
        out.append(row)
    return out


class _Book:
    def __init__(self, path: Path) -> None:
        from python_calamine import CalamineWorkbook

        self.book = CalamineWorkbook.from_path(str(path))
        self.names: list[str] = list(self.book.sheet_names)

    def rows(self, name: str) -> list[list[Any]]:
        rows: list[list[Any]] = self.book.get_sheet_by_name(name).to_python()
        return rows

    def table(self, name: str) -> list[Row]:
        """A data sheet's table, with its spill-over sheets ``NAME (2)``..."""
        pattern = re.compile(re.escape(name) + r" \((\d+)\)$")
        spilled = sorted(
            (int(m.group(1)), n) for n in self.names if (m := pattern.match(n)) is not None
        )
        out: list[Row] = []
        for sheet in [name] + [n for _, n in spilled]:
            if sheet in self.names:
                out.extend(_rows_to_dicts(self.rows(sheet)))
        return out

    def titled(self, sheet: str, title: str) -> list[list[Any]]:
        """The rows of a titled block (title cell, header row, rows up to a blank)."""
        if sheet not in self.names:
            return []
        rows = self.rows(sheet)
        for i, row in enumerate(rows):
            if row and text(row[0]) == title:
                block = []
                for raw in rows[i + 1 :]:
                    if not raw or _cell(raw[0]) is None:
                        break
                    block.append(raw)
                return block
        return []

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.book.close()


def _not_a_rollup(path: Path, why: str) -> UsageError:
    return UsageError(
        f"{path}: {why}; give a roll-up written by `pmo consolidate` (for a project "
        "workbook, run `pmo report` without --pack)"
    )


def read_rollup(path: Path, standards: Standards, as_of: date | None = None) -> RollupContent:
    """Every project's status report and the portfolio's figures from a roll-up.

    The pages carry the roll-up's own as-of date (its Manifest), for which its figures were
    computed; ``as_of`` is used only for a roll-up that does not record one. Raises :class:`UsageError` naming the file when it is no roll-up.
    """
    from addin.consolidate.engine import is_rollup_file

    path = Path(path)
    if not path.is_file():
        raise UsageError(f"{path}: no such file")
    if not is_rollup_file(path):
        raise _not_a_rollup(path, "not a roll-up (no 'PMO Roll-up' document property)")
    try:
        book = _Book(path)
    except Exception as exc:
        raise _not_a_rollup(path, f"cannot be read ({type(exc).__name__}: {exc})") from exc
    try:
        return _read(book, path, standards, as_of)
    finally:
        book.close()


def _read(book: _Book, path: Path, standards: Standards, as_of: date | None) -> RollupContent:
    if "Projects" not in book.names:
        raise _not_a_rollup(path, "it has no Projects sheet")
    manifest = {text(r[0]): text(r[1]) for r in book.rows("Manifest")[1:] if len(r) > 1 and r[0]}
    recorded = manifest.get("As-of date")
    # the roll-up's figures were computed for its own as-of date, so its pages keep it
    day = (date.fromisoformat(recorded) if recorded else None) or as_of or date.today()
    projects = book.table("Projects")
    registers = {r.key: book.table(r.sheet) for r in ROLLUP_REGISTERS}
    findings = book.table("Findings")
    dependency_map = book.table("Dependencies Map")
    agile = _by_project(_agile_table(book)) if AGILE_SHEET in book.names else {}
    changes, note = _changes(book)
    by_source = {key: _group(rows, "Source File") for key, rows in registers.items()}
    findings_by_file = _group(findings, "File")
    flagged = _group(
        [m for m in dependency_map if m.get("Match") not in GOOD_MATCHES], "Source File"
    )
    changes_of = _group(changes, "Project ID")
    reports = []
    for project in projects:
        source = text(project.get("Source File"))
        own = {key: groups.get(source, []) for key, groups in by_source.items()}
        counts = dict.fromkeys(SEVERITIES, 0)
        for finding in findings_by_file.get(source, []):
            if finding.get("Severity") in counts:
                counts[str(finding["Severity"])] += 1
        mismatches = {
            text(m.get("Dependency ID")): f"{m.get('Match')}: {text(m.get('Note'))}".rstrip(": ")
            for m in flagged.get(source, [])
        }
        reports.append(
            build_status_report(
                project,
                own,
                standards,
                day,
                findings=counts,
                mismatches=mismatches,
                agile=agile.get(text(project.get("Project ID"))),
                source=f"{path.name} > {source}",
                changes=changes_of.get(text(project.get("Project ID")), []),
            )
        )
    return RollupContent(
        path=path,
        as_of=day,
        reports=reports,
        projects=projects,
        totals=[(text(r[0]), _cell(r[1])) for r in book.titled("Summary", "Portfolio totals")[1:]],
        rag_counts=_rows_to_dicts(book.titled("Summary", "Projects by RAG")),
        findings=findings,
        dependency_map=dependency_map,
        load_report=book.table("Load Report"),
        changes=changes,
        changes_note=note,
        manifest=manifest,
    )


def _group(rows: list[Row], column: str) -> dict[str, list[Row]]:
    """Rows by the text of one column, in their order."""
    groups: dict[str, list[Row]] = {}
    for row in rows:
        groups.setdefault(text(row.get(column)), []).append(row)
    return groups


def _by_project(rows: list[Row]) -> dict[str, Row]:
    return {text(r.get("Project ID")): r for r in rows if r.get("Project ID")}


def _changes(book: _Book) -> tuple[list[Row], str | None]:
    """The Changes sheet's rows (its header is the first row holding Project ID), or the
    one line it holds when the store had no earlier snapshot; ([], None) without it."""
    if CHANGES_SHEET not in book.names:
        return [], None
    rows = book.rows(CHANGES_SHEET)
    for i, row in enumerate(rows[:10]):
        if "Project ID" in [text(v) for v in row]:
            return _rows_to_dicts(rows, i), None
    first = next((text(v) for row in rows for v in row if _cell(v) is not None), None)
    return [], first


__all__ = ["RollupContent", "as_date", "read_rollup"]
