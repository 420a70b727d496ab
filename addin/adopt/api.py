"""Adoption end to end: a legacy workbook (any host) -> standard project data + report.

:func:`adopt_host` reads through the :class:`~addin.host.WorkbookHost` interface, so the
ribbon runs it on the open workbook and the CLI on a file. It never writes to the source.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from addin.adopt.classify import (
    Classification,
    classify,
)
from addin.adopt.detect import (
    TableBlock,
    block_from_range,
    find_tables,
    merge_known_tables,
)
from addin.adopt.grid import Grid, cell_text
from addin.adopt.mapping_file import AdoptionMapping, TableMapping
from addin.adopt.project import find_project_fields, suggest_project_id
from addin.adopt.report import AdoptionReport, TableReport
from addin.adopt.tables import adopt_block
from addin.cells import column_index, parse_range
from addin.host import WorkbookHost
from addin.models import ProjectData, ProjectHeader
from addin.standards import Standards


@dataclass
class Adoption:
    """The result of adopting one workbook."""

    project: ProjectData
    report: AdoptionReport
    mapping: AdoptionMapping
    #: Values kept as source text because they could not be converted:
    #: (register key, item index, column key) -> text.
    raw_cells: dict[tuple[str, int, str], str] = field(default_factory=dict)


def adopt_host(
    host: WorkbookHost,
    standards: Standards,
    *,
    mapping: AdoptionMapping | None = None,
    project_overrides: dict[str, object] | None = None,
    year_hint: int | None = None,
) -> Adoption:
    """Find, classify, map and convert every register table of ``host`` (see docs/adopt.md)."""
    report = AdoptionReport(source=host.name)
    project = ProjectData()
    used = AdoptionMapping(source=host.name)
    raw_cells: dict[tuple[str, int, str], str] = {}
    grids: list[Grid] = []
    for sheet in host.sheet_names():
        try:
            grid = Grid(host.read_sheet(sheet))
        except Exception as exc:  # one unreadable sheet never stops the rest
            report.left_out_sheets.append(
                (sheet, f"could not be read ({type(exc).__name__}: {exc})")
            )
            continue
        grids.append(grid)
        if grid.sheet.truncated:
            report.warnings.append(
                f"sheet {sheet!r} is larger than the reader's bound; only its first part was read"
            )

    detected: dict[str, list[tuple[TableBlock, TableMapping | None]]] = {}
    for grid in grids:
        specs = mapping.for_sheet(grid.name) if mapping else []
        if specs:
            detected[grid.name] = [(_block_from_mapping(grid, spec), spec) for spec in specs]
        else:
            found = merge_known_tables(grid, _excel_tables(host, grid), find_tables(grid))
            detected[grid.name] = [(b, None) for b in found]
    grid_by_name = {g.name: g for g in grids}
    classes: dict[int, Classification] = {}
    for name, blocks in detected.items():
        for block, _ in blocks:
            try:
                classes[id(block)] = classify(block, grid_by_name[name], standards)
            except Exception:  # classified again (and reported) when adopted
                continue
    # project details are never read from inside a register table, nor from a table's
    # inner columns (a stakeholder list's "Sponsor | Finance" is not the project sponsor);
    # a label in the first column of a two-column list is fine (a Project sheet)
    areas: dict[str, list[tuple[int, int, int, int]]] = {}
    for name, blocks in detected.items():
        for b, spec in blocks:
            top, bottom = min(b.header_rows or (b.header_row,)), max(b.last_data_row, b.header_row)
            is_register = spec is not None or (
                id(b) in classes and classes[id(b)].register is not None
            )
            first = b.first_col if is_register else b.first_col + 1
            areas.setdefault(name, []).append((top, first, bottom, b.last_col))
    found_fields = find_project_fields(grids, areas)
    header_values: dict[str, Any] = {k: v for k, (v, _) in found_fields.items()}
    report.project_fields = {
        k: f"{cell_text(v)} (from {where})" for k, (v, where) in found_fields.items()
    }
    explicit_year = year_hint is not None
    year = year_hint
    if year is None:
        for key in ("start_date", "report_date"):
            value = header_values.get(key)
            if value is not None and hasattr(value, "year"):
                year = value.year
                break

    seen_tables: dict[int, str] = {}
    for grid in grids:
        blocks = detected[grid.name]
        if not blocks:
            if grid.n_rows:
                report.left_out_sheets.append(
                    (grid.name, "no table found (no header row over data)")
                )
            else:
                report.left_out_sheets.append((grid.name, "empty sheet"))
            continue
        for block, spec in blocks:
            print_ = _fingerprint(grid, block)
            if print_ in seen_tables and spec is None:
                report.tables.append(
                    TableReport(
                        block.sheet,
                        block.ref,
                        block.header_row,
                        None,
                        reason=f"a copy of {seen_tables[print_]} (same headers and values); adopted once",
                    )
                )
                continue
            seen_tables[print_] = f"{block.sheet}!{block.ref}"
            try:
                table, table_map = adopt_block(
                    block,
                    grid,
                    spec,
                    standards,
                    project,
                    raw_cells,
                    (year, explicit_year),
                    report,
                    classes.get(id(block)),
                )
            except Exception as exc:  # one odd table never stops the others
                report.tables.append(
                    TableReport(
                        block.sheet,
                        block.ref,
                        block.header_row,
                        None,
                        reason=f"could not be adopted ({type(exc).__name__}: {exc}); please report it",
                    )
                )
                continue
            report.tables.append(table)
            used.tables.append(table_map)
        outside = _outside_rows(grid, [b for b, _ in blocks])
        if outside:
            report.left_out_sheets.append(
                (grid.name, f"{outside} hold values outside every table found; not adopted")
            )

    # project header: what the source says, then overrides; nothing invented silently
    overrides = dict(mapping.project) if mapping else {}
    overrides.update(project_overrides or {})
    header_values.update({k: v for k, v in overrides.items() if v not in (None, "")})
    for key in overrides:
        if overrides[key] not in (None, ""):
            report.project_fields[key] = f"{overrides[key]} (given)"
    try:
        project.header = ProjectHeader(**header_values)
    except ValidationError as exc:
        report.warnings.append(f"project details not all usable: {exc.errors()[0]['msg']}")
    if not project.header.project_id and report.adopted_tables:
        stem = host.path.stem if host.path else host.name.rsplit(".", 1)[0]
        report.warnings.append(
            f"the source has no Project ID; the adopted workbook leaves it empty (pmo check will flag it). "
            f"Give one with --project-id, e.g. {suggest_project_id(stem)!r} (suggested from the file name)"
        )
    used.project = {k: v for k, v in overrides.items() if v not in (None, "")}
    for table in report.adopted_tables:
        for note in table.notes:
            if any(
                w in note for w in ("ambiguous text dates", "text dates disagree", "fiscal periods")
            ):
                report.warnings.append(f"{table.sheet}!{table.ref}: {note}; check a few dates")
    if not report.adopted_tables:
        report.warnings.append("no register table was found to adopt")
    return Adoption(project=project, report=report, mapping=used, raw_cells=raw_cells)


# ---------------------------------------------------------------------------------------


def _fingerprint(grid: Grid, block: TableBlock) -> int:
    """A hash of a table's headers and values, to spot the same table copied twice."""
    cells = tuple(
        cell_text(grid.value(r, c))
        for r in range(block.header_row, block.last_data_row + 1)
        for c in range(block.first_col, block.last_col + 1)
    )
    return hash(cells)


def _outside_rows(grid: Grid, blocks: list[TableBlock]) -> str:
    """Rows below the first table holding values in no table, as "rows 27-59" ('' if none)."""
    if not blocks:
        return ""
    top = min(min(b.header_rows or (b.header_row,)) for b in blocks)
    rows: list[int] = []
    titles = {
        r
        for b in blocks
        for r in range(
            min(b.header_rows or (b.header_row,)) - 3, min(b.header_rows or (b.header_row,))
        )
        if len(grid.nonblank_cols(r)) <= 2
    }
    for row in range(top, grid.n_rows + 1):
        if row in titles:
            continue  # a title just above a table ("ASSUMPTIONS")
        for col in grid.nonblank_cols(row):
            if not any(
                min(b.header_rows or (b.header_row,)) <= row <= max(b.last_data_row, b.header_row)
                and b.first_col <= col <= b.last_col
                for b in blocks
            ):
                rows.append(row)
                break
    if not rows:
        return ""
    from addin.adopt.rows import _ranges

    return _ranges(rows)


def _block_from_mapping(grid: Grid, spec: TableMapping) -> TableBlock:
    """Rebuild a table from a saved mapping: its header row and columns, rows to the end."""
    first = column_index(spec.first_column) if spec.first_column else 1
    last = column_index(spec.last_column) if spec.last_column else grid.n_cols
    return block_from_range(grid, spec.header_row, first, last)


def _excel_tables(host: WorkbookHost, grid: Grid) -> list[TableBlock]:
    """The sheet's Excel tables (ListObjects) of three or more columns, as tables."""
    try:
        infos = [t for t in host.tables() if t.sheet == grid.name]
    except Exception:  # a host that cannot list tables: detection alone
        return []
    blocks = []
    for info in infos:
        try:
            r1, c1, r2, c2 = parse_range(info.ref)
        except ValueError:
            continue
        if c2 - c1 + 1 < 3:
            continue  # a one- or two-column lookup list
        header = r1 + max(info.header_rows, 1) - 1
        blocks.append(block_from_range(grid, header, c1, c2, r2 - info.totals_rows))
    return blocks
