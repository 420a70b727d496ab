"""Read the standard project workbook into the canonical models (SPEC section 3).

Tables are found by name, columns by header text (never by position), Project fields by
their label with the workbook's defined names as a fallback; extra, moved and hidden
columns and blank rows are tolerated. Every value is typed by its layout column's kind
(:mod:`addin.values`); what cannot be converted becomes a WB- finding naming the
sheet, the cell, the value and the fix, and None in the model. Computed columns are kept
only when the cell holds a typed value (never a formula's cached result).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from addin import layout
from addin.catalogue import RuleInfo, make_finding
from addin.cells import address, parse_range
from addin.files.filehost import FileHost
from addin.files.sniff import FileKind, ensure_readable
from addin.findings import Finding
from addin.host import ErrorValue, SheetGrid, TableInfo, WorkbookHost
from addin.models import (
    ITEM_MODELS,
    Item,
    ProjectData,
    ProjectHeader,
    WorkbookMeta,
    build_exact,
    build_typed,
    exact_types,
)
from addin.reading import codes
from addin.reading.result import ReadResult, RegisterLocation
from addin.standards import Standards
from addin.template_versions import OLDEST_VERSION, column_in_version, field_in_version
from addin.values import convert, is_blank, shown
from addin.version import TEMPLATE_ID, TEMPLATE_VERSION

#: How many rows from the top of a sheet are searched for a register's header row.
HEADER_SCAN_ROWS = 30
#: How many columns from the left of the Project sheet are searched for labels.
LABEL_SCAN_COLS = 8

#: Column kinds whose common value types are typed inline (see ``_read_items``).
_FAST = {
    "text": "text",
    "longtext": "text",
    "list": "text",
    "id": "text",
    "number": "number",
    "money": "number",
    "int": "number",
    "scale": "number",
    "date": "date",
    "month": "date",  # a date is the month as it is (``to_date``, month_only or not)
}

#: The type each inline case of ``_read_items`` gives a value.
_FAST_TYPE: dict[str, type] = {"text": str, "number": float, "date": date}

_KIND_HINT = {
    "date": "enter a date, e.g. 03/04/2026 (day first) or 2026-04-03",
    "month": "enter the first day of the month as a date, e.g. 01/04/2026",
    "int": "enter a whole number",
    "number": "enter a number, e.g. 12 or 12.5",
    "money": "enter an amount, e.g. 1200 or 1,200.50",
    "scale": "enter a whole number from the scale",
}


def header_key(text: Any) -> str:
    """Header or label text normalised for matching: ``"Probability (1-5)"`` and
    ``" probability: "`` -> ``"probability"``."""
    if not isinstance(text, str):
        return ""
    return layout.field_key(text.replace("\n", " "))


def read_project_file(path: Path, standards: Standards, kind: FileKind | None = None) -> ReadResult:
    """Sniff ``path`` (raises :class:`addin.errors.UnreadableWorkbookError` for a file it
    rejects), then read it with a :class:`FileHost`. ``kind``: what sniffing already said
    (consolidation sniffs every file before a worker reads it: not sniffed twice)."""
    if kind is None or not kind.readable:
        kind = ensure_readable(Path(path))
    with FileHost(Path(path), kind=kind) as host:
        return read_project(host, standards)


def read_project(host: WorkbookHost, standards: Standards) -> ReadResult:
    """Read any readable workbook; a non-standard one gives ``is_standard=False`` and a
    WB-002 finding saying what it holds instead."""
    return ProjectReader(host, standards).read()


@dataclass
class ProjectReader:
    host: WorkbookHost
    standards: Standards
    findings: list[Finding] = field(default_factory=list)
    grids: dict[str, SheetGrid] = field(default_factory=dict)
    sheet_names: list[str] = field(default_factory=list)
    truncated_reported: set[str] = field(default_factory=set)
    #: The _pmo sheet's template version (None: no _pmo): fields a later version added
    #: are not reported missing from an earlier one.
    template_version: int | None = None

    # --- helpers ---------------------------------------------------------------------

    def add(
        self,
        info: RuleInfo,
        message: str,
        *,
        sheet: str | None = None,
        cell: str | None = None,
        register: str | None = "workbook",
        item_id: str | None = None,
        value: Any = None,
    ) -> None:
        finding = make_finding(
            info,
            self.standards,
            message,
            file=self.host.name,
            sheet=sheet,
            cell=cell,
            register=register,
            item_id=item_id,
            value=value,
        )
        if finding is not None:
            self.findings.append(finding)

    def sheet(self, name: str) -> str | None:
        """The workbook's own spelling of a sheet name (case-insensitive match)."""
        if name in self.sheet_names:
            return name
        wanted = name.strip().lower()
        return next((s for s in self.sheet_names if s.strip().lower() == wanted), None)

    def grid(self, name: str) -> SheetGrid:
        grid = self.grids.get(name)
        if grid is None:
            grid = self.grids[name] = self.host.read_sheet(name)
            if grid.truncated and name not in self.truncated_reported:
                self.truncated_reported.add(name)
                detail = self.host.truncation(name)
                detail = detail or "it is larger than the reader's limit; only part was read"
                self.add(
                    codes.SHEET_TRUNCATED,
                    f"Sheet '{name}': {detail}. Delete stray cells below and right of the "
                    "data (select the empty rows and columns, Delete, save), or split it.",
                    sheet=name,
                )
        return grid

    # --- the workbook ----------------------------------------------------------------

    def read(self) -> ReadResult:
        self.sheet_names = self.host.sheet_names()
        tables = {t.name.lower(): t for t in self.host.tables()}
        project = ProjectData()
        result = ReadResult(file=self.host.name, project=project)
        meta_sheet = self.sheet(layout.META_SHEET)
        has_tables = any(r.table.lower() in tables for r in layout.REGISTERS)
        project_sheet = self.sheet(layout.PROJECT_SHEET)
        if project_sheet is None and (meta_sheet is not None or has_tables):
            project_sheet = self._renamed_project_sheet()
        if meta_sheet is None and not has_tables and not self._looks_rebuilt(project_sheet):
            result.is_standard = False
            self.add(codes.NOT_STANDARD, self._not_standard_message(tables))
            result.findings = self.findings
            return result
        if meta_sheet is not None:
            project.meta = self._read_meta(meta_sheet)
        template_id = project.meta.template_id
        if template_id is not None and template_id != TEMPLATE_ID:
            result.is_standard = False
            self.add(
                codes.NOT_STANDARD,
                f"Not a project workbook: its {layout.META_SHEET} sheet says it is a PMO "
                f"'{template_id}' workbook (a project workbook says '{TEMPLATE_ID}'). "
                "Check the project workbooks themselves, or run `pmo adopt` on a legacy register.",
                sheet=meta_sheet,
                value=template_id,
            )
            result.findings = self.findings
            return result
        self._check_versions(project.meta)
        self.template_version = project.meta.template_version
        if meta_sheet is not None and self.sheet(layout.LISTS_SHEET) is None:
            self.add(
                codes.SHEET_MISSING,
                f"The '{layout.LISTS_SHEET}' sheet is missing, so the workbook's dropdowns "
                "have no values to offer (the checks still use the EPMO's lists). Restore it "
                "from the template (`pmo new`) or copy the data into a fresh workbook.",
            )
        project.header = self._read_header(project_sheet, result)
        for register in layout.REGISTERS:
            located = self._locate(register, tables.get(register.table.lower()))
            if located is None:
                continue
            location, grid = located
            result.registers[register.key] = location
            setattr(project, register.key, self._read_items(register, location, grid))
        result.findings = self.findings
        return result

    def _renamed_project_sheet(self) -> str | None:
        """A sheet the PM renamed from Project ("Project Details", "Summary"): the first
        sheet (names with "project" first) holding the Project ID label, that is not a
        register's sheet."""
        register_sheets = {r.sheet.strip().lower() for r in layout.REGISTERS}
        skip = register_sheets | {layout.META_SHEET.lower(), "lists", "guide"}
        candidates = [s for s in self.sheet_names if s.strip().lower() not in skip]
        candidates.sort(key=lambda s: "project" not in s.lower())
        for name in candidates:
            grid = self.grid(name)
            for line in grid.rows[:60]:
                if any(header_key(v) == "project_id" for v in line[:LABEL_SCAN_COLS]):
                    return name
        return None

    def _looks_rebuilt(self, project_sheet: str | None) -> bool:
        """A copy without _pmo and tables still counts as standard when it has the Project
        sheet's Project ID label and at least one register sheet with its header row."""
        if project_sheet is None:
            return False
        grid = self.grid(project_sheet)
        labels = {
            header_key(grid.value(r, c))
            for r in range(1, min(len(grid.rows), 60) + 1)
            for c in range(1, LABEL_SCAN_COLS + 1)
        }
        if "project_id" not in labels:
            return False
        for register in layout.REGISTERS:
            name = self.sheet(register.sheet)
            if name and self._find_header_row(register, self.grid(name)) is not None:
                return True
        return False

    def _not_standard_message(self, tables: dict[str, TableInfo]) -> str:
        sheets = ", ".join(f"'{s}'" for s in self.sheet_names[:8])
        more = f" and {len(self.sheet_names) - 8} more" if len(self.sheet_names) > 8 else ""
        table_text = (
            f" and tables {', '.join(t.name for t in list(tables.values())[:6])}" if tables else ""
        )
        return (
            f"Not the standard project workbook: it has no {layout.META_SHEET} sheet and none of "
            f"the standard tables; it holds sheets {sheets}{more}{table_text}. "
            "Run `pmo adopt` on it to make a standard project workbook."
        )

    # --- _pmo ------------------------------------------------------------------------

    def _read_meta(self, sheet: str) -> WorkbookMeta:
        grid = self.grid(sheet)
        values: dict[str, Any] = {}
        for r in range(1, min(len(grid.rows), 50) + 1):
            key = grid.value(r, 1)
            if isinstance(key, str) and key.strip() in layout.META_KEYS:
                values[key.strip()] = grid.value(r, 2)
        meta = WorkbookMeta()
        for key, raw in values.items():
            if key == "template_version":
                number, _ = convert(raw, "number")
                if number is not None and float(number).is_integer():
                    meta.template_version = int(number)
            else:
                text, _ = convert(raw, "text")
                setattr(meta, key, text)
        return meta

    def _check_versions(self, meta: WorkbookMeta) -> None:
        sheet = self.sheet(layout.META_SHEET)
        if meta.template_id not in (None, TEMPLATE_ID):
            return
        version = meta.template_version
        if version is not None and OLDEST_VERSION <= version < TEMPLATE_VERSION:
            self.add(
                codes.TEMPLATE_UPGRADE,
                f"Built from template version {version}; the current version is "
                f"{TEMPLATE_VERSION}, which adds fields this workbook lacks (read as empty). "
                "Run `pmo upgrade FILE --in-place` (or the ribbon's Upgrade template): it "
                "adds them and keeps everything else.",
                sheet=sheet,
                value=version,
            )
        elif version is not None and version < TEMPLATE_VERSION:
            self.add(
                codes.TEMPLATE_OLD,
                f"Built from template version {version}; the current version is "
                f"{TEMPLATE_VERSION}. Upgrade the workbook or copy its data into a fresh one "
                "from `pmo new`.",
                sheet=sheet,
                value=version,
            )
        elif version is not None and version > TEMPLATE_VERSION:
            self.add(
                codes.TEMPLATE_NEWER,
                f"Built from template version {version}, newer than this tool's "
                f"{TEMPLATE_VERSION}. Update the PMO add-in.",
                sheet=sheet,
                value=version,
            )
        if meta.standards_version and meta.standards_version != self.standards.version:
            self.add(
                codes.STANDARDS_DIFFER,
                f"Built with standards version {meta.standards_version}; checked against "
                f"version {self.standards.version}. Lists and bands may differ.",
                sheet=sheet,
                value=meta.standards_version,
            )

    # --- Project sheet ---------------------------------------------------------------

    def _read_header(self, sheet: str | None, result: ReadResult) -> ProjectHeader:
        header = ProjectHeader()
        names = self.host.defined_names()
        if sheet is not None:
            for (scope, name), ref in self.host.sheet_defined_names().items():
                if scope == sheet:
                    names.setdefault(name, ref)
        by_label: dict[str, layout.ProjectField] = {}
        for project_field in layout.PROJECT_FIELDS:
            by_label.setdefault(header_key(project_field.label), project_field)
        found: dict[str, tuple[str, int, int]] = {}
        if sheet is not None:
            grid = self.grid(sheet)
            merged_ends = _merged_ends(grid)
            value_cells: set[tuple[int, int]] = set()
            # first the first filled cell of each row (the label column), then any other
            # cell that is not a value already found: a Project Name of "Portfolio" must
            # not hide the Portfolio label below it
            for first_only in (True, False):
                for r, line in enumerate(grid.rows, start=1):
                    for c, text in enumerate(line[:LABEL_SCAN_COLS], start=1):
                        if text is None or (r, c) in value_cells:
                            continue
                        labelled = by_label.get(header_key(text))
                        if labelled is not None and labelled.key not in found:
                            value_col = merged_ends.get((r, c), c) + 1
                            found[labelled.key] = (sheet, r, value_col)
                            value_cells.add((r, value_col))
                        if first_only:
                            break
        elif not any(
            self._named_cell(names.get(f.range_name)) is not None for f in layout.PROJECT_FIELDS
        ):  # names left pointing at a deleted sheet do not count
            self.add(
                codes.SHEET_MISSING,
                f"The '{layout.PROJECT_SHEET}' sheet is missing, so the project's ID, dates "
                "and RAGs cannot be read. Restore it from the template (`pmo new`).",
                register="project",
            )
            return header
        for project_field in layout.PROJECT_FIELDS:
            where = found.get(project_field.key) or self._named_cell(
                names.get(project_field.range_name)
            )
            if where is None and not field_in_version(project_field.key, self.template_version):
                continue  # a later template version's field: upgrading adds it
            if where is None:
                self.add(
                    codes.FIELD_MISSING,
                    f"Project field '{project_field.label}' not found: no label "
                    f"'{project_field.label}' on the {sheet or layout.PROJECT_SHEET} sheet and no "
                    f"named range {project_field.range_name}. Put the label back in column A "
                    "with its value in column B.",
                    sheet=sheet,
                    register="project",
                )
                continue
            sheet_name, r, c = where
            result.project_cells[project_field.key] = (sheet_name, address(r, c))
            value = self._cell_value(
                self.grid(sheet_name),
                r,
                c,
                project_field.label,
                project_field.kind,
                register="project",
                scale=project_field.scale,
            )
            setattr(header, project_field.key, value)
        return header

    def _named_cell(self, ref: str | None) -> tuple[str, int, int] | None:
        """``"Project!$B$4"`` -> ("Project", 4, 2) when that sheet exists."""
        if not ref or "!" not in ref:
            return None
        sheet_part, _, cell_part = ref.rpartition("!")
        sheet_name = self.sheet(sheet_part.strip("=").strip("'").replace("''", "'"))
        if sheet_name is None:
            return None
        try:
            r, c, _, _ = parse_range(cell_part.replace("$", ""))
        except ValueError:
            return None
        return sheet_name, r, c

    # --- registers -------------------------------------------------------------------

    def _locate(
        self, register: layout.Register, table: TableInfo | None
    ) -> tuple[RegisterLocation, SheetGrid] | None:
        if table is not None and table.header_rows > 0 and self.sheet(table.sheet) is not None:
            grid = self.grid(table.sheet)
            try:
                r1, c1, r2, c2 = parse_range(table.ref)
            except ValueError:
                r1 = 0
            if r1:
                columns = self._map_columns(register, grid, r1, c1, c2)
                moved = self._moved_header(register, grid, r1, len(columns))
                if moved is not None:  # a script inserted rows and left the table's range
                    self.add(
                        codes.ROWS_OUTSIDE_TABLE,
                        f"Table {table.name}'s range {table.ref} does not hold the "
                        f"{register.sheet} header row, which is row {moved} (rows were inserted "
                        f"or deleted by a program that did not move the table); the register "
                        f"was read from row {moved}. Open and save the workbook in Excel, or "
                        "resize the table (Table Design > Resize Table).",
                        sheet=table.sheet,
                        cell=address(moved, c1),
                        register=register.key,
                    )
                    r2 += moved - r1
                    r1 = moved
                    columns = self._map_columns(register, grid, r1, c1, c2)
                location = RegisterLocation(
                    register_key=register.key,
                    sheet=table.sheet,
                    table=table.name,
                    header_row=r1,
                    columns=columns,
                    first_data_row=r1 + max(table.header_rows, 1),
                    last_data_row=min(r2 - table.totals_rows, len(grid.rows)),
                )
                self._report_missing_columns(register, location)
                if table.totals_rows == 0:
                    self._take_rows_below(register, location, grid, r2)
                return location, grid
        name = self.sheet(register.sheet)
        if name is None:
            self.add(
                codes.SHEET_MISSING,
                f"The '{register.sheet}' sheet (table {register.table}) is missing, so no "
                f"{register.item} items were read. Restore it from the template (`pmo new`).",
                register=register.key,
            )
            return None
        grid = self.grid(name)
        header_row = self._find_header_row(register, grid)
        if header_row is None:
            self.add(
                codes.SHEET_MISSING,
                f"Sheet '{name}' has no table {register.table} and no header row with the "
                f"register's columns ({', '.join(register.headers[:4])}...), so no "
                f"{register.item} items were read. Paste the register back with its header row.",
                sheet=name,
                register=register.key,
            )
            return None
        width = max((len(line) for line in grid.rows), default=0)
        columns = self._map_columns(register, grid, header_row, 1, width)
        location = RegisterLocation(
            register_key=register.key,
            sheet=name,
            table=None,
            header_row=header_row,
            columns=columns,
            first_data_row=header_row + 1,
            last_data_row=len(grid.rows),
        )
        self.add(
            codes.TABLE_MISSING,
            f"Sheet '{name}' has no Excel table named {register.table}; the register was found "
            f"by its header row {header_row}. "
            + (
                "An old .xls file cannot hold Excel tables: save the workbook as Excel Workbook "
                "(.xlsx), or copy its data into a fresh one from `pmo new`."
                if self._blind()
                else f"Make it a table named {register.table} (Insert > Table) so the "
                "template's dropdowns and formulas work."
            ),
            sheet=name,
            cell=address(header_row, min(columns.values(), default=1)),
            register=register.key,
        )
        self._report_missing_columns(register, location)
        return location, grid

    def _take_rows_below(
        self, register: layout.Register, location: RegisterLocation, grid: SheetGrid, end: int
    ) -> None:
        """Rows filled directly below the table (a paste the table did not grow over) are
        read as items too, and reported: the roll-up must not silently lose them."""
        indexes = [
            c - 1 for key, c in location.columns.items() if not register.column(key).computed
        ]
        last = end
        while last < len(grid.rows):
            line = grid.rows[last]  # Excel row last + 1
            if all(i >= len(line) or is_blank(line[i]) for i in indexes):
                break
            if _is_totals_row(line, indexes):
                break
            last += 1
        if last == end:
            return
        location.last_data_row = last
        one = last == end + 1
        rows = f"Row {end + 1} is" if one else f"Rows {end + 1}-{last} are"
        first_col = min(location.columns.values(), default=1)
        self.add(
            codes.ROWS_OUTSIDE_TABLE,
            f"{rows} filled directly below table {location.table} on sheet '{location.sheet}' "
            f"(the table ends at row {end}) but {'is' if one else 'are'} not part of it; "
            f"{'it was read as a' if one else 'they were read as'} {register.item} "
            f"item{'' if one else 's'}. Resize the table to take "
            f"{'it' if one else 'them'} in (Table Design > Resize Table).",
            sheet=location.sheet,
            cell=address(end + 1, first_col),
            register=register.key,
        )

    def _blind(self) -> bool:
        """True for an old .xls: its formulas are not visible, only their last results."""
        return self.host.formulas_hidden()

    def _moved_header(
        self, register: layout.Register, grid: SheetGrid, row: int, matched: int
    ) -> int | None:
        """The register's real header row when the table's first row is not it (too few
        headers match there and another row has more); None when the table is right."""
        if matched >= _needed_headers(register):
            return None
        found = self._find_header_row(register, grid)
        if found is None or found == row:
            return None
        return found

    def _find_header_row(self, register: layout.Register, grid: SheetGrid) -> int | None:
        """The row (of the first :data:`HEADER_SCAN_ROWS`) with the most header matches."""
        wanted = _header_lookup(register)
        best, best_count = None, 0
        for r, line in enumerate(grid.rows[:HEADER_SCAN_ROWS], start=1):
            count = len({wanted[k] for k in map(header_key, line) if k in wanted})
            if count > best_count:
                best, best_count = r, count
        return best if best_count >= _needed_headers(register) else None

    def _map_columns(
        self, register: layout.Register, grid: SheetGrid, row: int, c1: int, c2: int
    ) -> dict[str, int]:
        wanted = _header_lookup(register)
        columns: dict[str, int] = {}
        unmatched: list[tuple[int, str]] = []
        for c in range(c1, c2 + 1):
            text = header_key(grid.value(row, c))
            key = wanted.get(text)
            if key is not None and key not in columns:
                columns[key] = c
            elif key is None and text:
                unmatched.append((c, text))
        for c, text in unmatched:  # "Risk Owner", "Prob.": a PM's wording of a header
            key = _loose_header(register, text, wanted)
            if key is not None and key not in columns:
                columns[key] = c
        return columns

    def _report_missing_columns(
        self, register: layout.Register, location: RegisterLocation
    ) -> None:
        for column in register.columns:
            if column.key in location.columns or column.computed:
                continue
            if not column_in_version(register.key, column.key, self.template_version):
                continue  # a later template version's column: upgrading adds it
            info = codes.REQUIRED_COLUMN_MISSING if column.required else codes.COLUMN_MISSING
            self.add(
                info,
                f"The {register.sheet} register has no '{column.name}' column (header row "
                f"{location.header_row}). Add a column headed '{column.name}'.",
                sheet=location.sheet,
                cell=address(location.header_row, 1),
                register=register.key,
            )

    def _read_items(
        self, register: layout.Register, location: RegisterLocation, grid: SheetGrid
    ) -> list[Item]:
        model = ITEM_MODELS[register.key]
        # (key, column, 0-based index, fast kind, computed) once per register, not per cell
        mapped: list[tuple[str, layout.Column, int, str, bool]] = []
        for key, col in location.columns.items():
            column = register.column(key)
            mapped.append((key, column, col - 1, _FAST.get(column.kind, ""), column.computed))
        input_indexes = [i for _, _, i, _, computed in mapped if not computed]
        # a row typed by the inline cases alone has exactly its fields' types: its item is
        # built without checking them again (any other value: checked, or validated)
        types = exact_types(model) or {}
        exact_register = types.get("source_row") is int and all(
            types.get(key) is _FAST_TYPE[fast] for key, _, _, fast, _ in mapped if fast
        )
        id_index = location.columns.get("id", 0) - 1
        # formula and uncached cells by row, as 0-based column indexes: a cell is looked up
        # in its row's (usually empty) set instead of making a (row, col) key per cell
        formulas_by_row, uncached_by_row = _by_row(grid.formulas), _by_row(grid.uncached)
        # an old .xls shows no formulas: a computed column's value may be a formula's stale
        # result (calamine reads some as 0), so it is never compared with the recomputed one
        blind = self._blind()
        items: list[Item] = []
        last_row = location.first_data_row - 1
        rows = grid.rows
        merged_down = _merged_down(grid, location.first_data_row)
        # every mapped column's index is below ``need``: a shorter row is padded once
        need = max((i for _, _, i, _, _ in mapped), default=-1) + 1
        for r in range(location.first_data_row, min(location.last_data_row, len(rows)) + 1):
            line = rows[r - 1]
            if r in merged_down:  # a value merged over several rows belongs to each of them
                line = list(line)
                for c, value in merged_down[r].items():
                    line.extend([None] * (c - len(line)))
                    line[c - 1] = value
            width = len(line)
            if width < need:
                line = [*line, *([None] * (need - width))]  # (the grid's own row is kept)
                width = need
            for i in input_indexes:
                if i < width:
                    value = line[i]
                    if value is not None and (type(value) is not str or value.strip()):
                        break
            else:
                continue  # a blank row (computed columns and uncached formulas do not count)
            if location.table is None and _is_totals_row(line, input_indexes):
                continue  # a "Total" line under a register pasted without its table
            last_row = r
            data: dict[str, Any] = {"source_row": r}
            exact = exact_register
            row_formulas = formulas_by_row.get(r, _NO_COLUMNS)
            row_uncached = uncached_by_row.get(r, _NO_COLUMNS)
            for key, column, i, fast, computed in mapped:
                raw: Any = line[i]
                if raw is None and i not in row_uncached:
                    continue  # empty: the model's default
                if computed and (blind or i in row_formulas):
                    continue  # never trust a formula's cached value: derived recomputes it
                kind = type(raw)
                if kind is str:
                    if fast == "text":
                        text = raw.strip()  # the common case, without the general converter
                        if text:
                            data[key] = text
                        continue
                elif kind is float:
                    if fast == "number" and -1e308 < raw < 1e308:
                        data[key] = raw  # (float() of a float is the float itself)
                        continue
                elif kind is date:
                    if fast == "date":
                        data[key] = raw
                        continue
                elif kind is int and fast == "number" and -1e308 < raw < 1e308:
                    data[key] = float(raw)
                    continue
                exact = False
                if kind is not ErrorValue and i not in row_uncached:
                    value, problem = convert(raw, column.kind)
                    if problem is None:
                        data[key] = value
                        continue
                data[key] = self._cell_value(
                    grid,
                    r,
                    i + 1,
                    column.name,
                    column.kind,
                    register=register.key,
                    item_id=_item_id(line, id_index),  # for the finding: only when one is made
                    scale=column.scale,
                )
            items.append(build_exact(model, data) if exact else _build(model, data))
        location.last_data_row = max(last_row, location.first_data_row - 1)
        return items

    # --- one cell --------------------------------------------------------------------

    def _hint(self, kind: str, scale_name: str | None) -> str:
        """How to enter a value of ``kind``; a scale's hint lists its labelled values."""
        scale = getattr(self.standards.scales, scale_name, None) if scale_name else None
        if kind == "scale" and scale is not None:
            values = range(scale.min, scale.max + 1)
            listed = (
                ", ".join(f"{n} {text}" for n, text in zip(values, scale.labels, strict=True))
                if scale.labels
                else f"{scale.min} to {scale.max}"
            )
            return f"enter a whole number from the scale ({listed})"
        return _KIND_HINT.get(kind, "correct it")

    def _cell_value(
        self,
        grid: SheetGrid,
        r: int,
        c: int,
        label: str,
        kind: str,
        *,
        register: str,
        item_id: str | None = None,
        scale: str | None = None,
    ) -> Any:
        raw = grid.value(r, c)
        cell = address(r, c)
        if (r, c) in grid.uncached:
            raw = _certain_error(grid.formulas.get((r, c))) or raw
        if isinstance(raw, ErrorValue):
            self.add(
                codes.ERROR_VALUE,
                f"{label} in {grid.name}!{cell} is the error {raw.text}. Fix the formula or "
                "type the value.",
                sheet=grid.name,
                cell=cell,
                register=register,
                item_id=item_id,
                value=raw.text,
            )
            return None
        if (r, c) in grid.uncached:
            self.add(
                codes.UNCACHED_FORMULA,
                f"{label} in {grid.name}!{cell} is a formula ({grid.formulas.get((r, c), '=')}) "
                "without a cached value, so its value cannot be read. Open and save the "
                "workbook in Excel so its values are stored, or type the value.",
                sheet=grid.name,
                cell=cell,
                register=register,
                item_id=item_id,
                value=grid.formulas.get((r, c)),
            )
            return None
        value, problem = convert(raw, kind)
        if problem is not None:
            info = codes.NOT_A_DATE if kind in ("date", "month") else codes.NOT_A_NUMBER
            self.add(
                info,
                f"{label} {shown(raw)} in {grid.name}!{cell} {problem}"
                + ("." if " enter " in problem else f"; {self._hint(kind, scale)}."),
                sheet=grid.name,
                cell=cell,
                register=register,
                item_id=item_id,
                value=_plain(raw),
            )
        return value


_NO_COLUMNS: frozenset[int] = frozenset()


def _item_id(line: list[Any], id_index: int) -> str | None:
    """The row's item ID as a finding names it (None when the row has none)."""
    if not 0 <= id_index < len(line) or is_blank(line[id_index]):
        return None
    item_id, _ = convert(line[id_index], "id")
    return item_id if isinstance(item_id, str) else None


def _by_row(cells: Iterable[tuple[int, int]]) -> dict[int, set[int]]:
    """1-based (row, col) cells as row -> their 0-based column indexes."""
    out: dict[int, set[int]] = {}
    for r, c in cells:
        found = out.get(r)
        if found is None:
            out[r] = {c - 1}
        else:
            found.add(c - 1)
    return out


def _needed_headers(register: layout.Register) -> int:
    """How many of a register's headers make a row its header row (Risks: 4 of its 22)."""
    return min(4, max(2, len(register.columns) // 3))


def _plain(raw: Any) -> Any:
    """A cell value as a finding keeps it: dates ISO text, NaN and infinities as text
    (JSON has no NaN; XlsxWriter refuses to write one)."""
    if hasattr(raw, "isoformat"):
        return raw.isoformat()
    if isinstance(raw, float) and not math.isfinite(raw):
        return shown(raw)
    return raw


_ERROR_LITERALS = ("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A")


def _certain_error(formula: str | None) -> ErrorValue | None:
    """The error an uncached formula must give whatever it is recalculated with: a formula
    that is an error literal (``=#N/A``) or that refers to a deleted cell (``=#REF!+1``,
    ``=Risks!#REF!``). openpyxl writes such formulas without their stored error."""
    if not formula:
        return None
    body = re.sub(r'"[^"]*"', '""', formula.lstrip("=").strip().upper())  # not in text
    if body in _ERROR_LITERALS:
        return ErrorValue(body)
    return ErrorValue("#REF!") if "#REF!" in body else None


def _header_lookup(register: layout.Register) -> dict[str, str]:
    """Normalised header text (the column name) -> column key."""
    cached = _LOOKUPS.get(register.key)
    if cached is None:
        cached = {}
        for column in register.columns:
            cached.setdefault(header_key(column.name), column.key)
        _LOOKUPS[register.key] = cached
    return cached


_LOOKUPS: dict[str, dict[str, str]] = {}


def _loose_header(register: layout.Register, text: str, wanted: dict[str, str]) -> str | None:
    """The column a header not matched exactly still names: the register's noun before a
    header (``Risk Owner``, ``Issue Title``), or an abbreviation that starts exactly one
    of its headers (``Prob.``, ``Imp.``)."""
    noun = layout.field_key(register.item) + "_"
    if text.startswith(noun) and text[len(noun) :] in wanted:
        return wanted[text[len(noun) :]]
    if len(text) < 3:
        return None
    keys = {key for name, key in wanted.items() if name.startswith(text)}
    return keys.pop() if len(keys) == 1 else None


_TOTALS = frozenset({"total", "totals", "grand total", "sum", "subtotal", "sub total"})


def _is_totals_row(line: list[Any], indexes: list[int]) -> bool:
    """True when the row's first filled input cell says Total (or Totals, Grand Total...)."""
    for i in sorted(indexes):
        value = line[i] if i < len(line) else None
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        return isinstance(value, str) and value.strip().rstrip(":").lower() in _TOTALS
    return False


def _merged_down(grid: SheetGrid, first_row: int) -> dict[int, dict[int, Any]]:
    """Excel row -> {column: value} for the cells under the top of a range merged over
    several rows (at or below ``first_row``): a PM sees the merged value on each row
    (an Excel table cannot hold merged cells; a register pasted without one often does)."""
    filled: dict[int, dict[int, Any]] = {}
    for ref in grid.merged:
        try:
            r1, c1, r2, _ = parse_range(ref)
        except ValueError:
            continue
        if r2 <= r1 or r1 < first_row or r2 - r1 > 10_000:
            continue
        value = grid.value(r1, c1)
        if value is None or isinstance(value, ErrorValue):
            continue
        for r in range(r1 + 1, r2 + 1):
            filled.setdefault(r, {})[c1] = value  # the column it starts in, as for a label
    return filled


def _merged_ends(grid: SheetGrid) -> dict[tuple[int, int], int]:
    """(row, first col) of each single-row merged range -> its last column."""
    ends: dict[tuple[int, int], int] = {}
    for ref in grid.merged:
        try:
            r1, c1, r2, c2 = parse_range(ref)
        except ValueError:
            continue
        if r1 == r2 and c2 > c1:
            ends[(r1, c1)] = c2
    return ends


def _build(model: type[Item], data: dict[str, Any]) -> Item:
    """The model from typed values; a value pydantic still refuses becomes None."""
    typed = build_typed(model, data)
    if typed is not None:
        return typed
    try:
        return model(**data)
    except ValidationError as exc:
        for error in exc.errors():
            if error["loc"]:
                data[str(error["loc"][0])] = None
        return model(**data)


__all__ = ["header_key", "read_project", "read_project_file"]
