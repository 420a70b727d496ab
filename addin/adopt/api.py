"""Adoption end to end: a legacy workbook (any host) -> standard project data + report.

:func:`adopt_host` reads through the :class:`~addin.host.WorkbookHost` interface, so the
ribbon runs it on the open workbook and the CLI on a file. It never writes to the source.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from addin import layout
from addin.adopt.classify import (
    RAID_TYPES,
    Classification,
    classify,
    context_words,
    header_candidates,
)
from addin.adopt.detect import (
    HeaderCell,
    TableBlock,
    block_from_range,
    find_tables,
    merge_known_tables,
)
from addin.adopt.finance import month_columns, unpivot, year_in
from addin.adopt.grid import Grid, cell_text, is_blank
from addin.adopt.ids import standardise_ids
from addin.adopt.mapping_file import AdoptionMapping, TableMapping, header_key
from addin.adopt.match import CERTAIN, Candidate, assign, candidates
from addin.adopt.project import find_project_fields, suggest_project_id
from addin.adopt.report import AdoptionReport, ColumnReport, RowIssue, TableReport
from addin.adopt.rows import RowsResult, build_items, plan_columns
from addin.adopt.synonyms import KNOWN_UNMAPPED
from addin.cells import column_index, column_letter, parse_range
from addin.host import WorkbookHost
from addin.models import ITEM_MODELS, ProjectData, ProjectHeader
from addin.standards import Standards

RAID_REGISTERS = ("risks", "assumptions", "issues", "dependencies", "decisions")


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
    areas = {
        name: [
            (
                min(b.header_rows or (b.header_row,)),
                b.first_col,
                max(b.last_data_row, b.header_row),
                b.last_col,
            )
            for b, spec in blocks
            if spec is not None or (id(b) in classes and classes[id(b)].register is not None)
        ]
        for name, blocks in detected.items()
    }
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
                    (grid.name, "no table found (no row of three or more column headers)")
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
                table, table_map = _adopt_block(
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
    for row in range(top, grid.n_rows + 1):
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


def _mapped_from_spec(
    block: TableBlock, spec: TableMapping, register_key: str
) -> tuple[dict[int, Candidate], list[str]]:
    """Columns as the mapping file says, by header text; new headers are auto-matched."""
    notes: list[str] = []
    by_header = {header_key(h): k for h, k in spec.columns.items()}
    register = layout.REGISTERS_BY_KEY[register_key]
    valid = {c.key for c in register.columns}
    chosen: dict[int, Candidate] = {}
    seen: set[str] = set()
    auto = assign(header_candidates(block, register_key))
    for cell in block.headers:
        if not cell.text:
            continue
        key = header_key(cell.full)
        if key in seen:
            continue
        seen.add(key)
        if key not in by_header and header_key(cell.text) in by_header:
            key = header_key(cell.text)  # a mapping saved from the field label alone
        if key in by_header:
            target = by_header[key]
            if target is not None and target in valid:
                chosen[cell.col] = Candidate(target, 1.0, "mapping file")
            elif target is not None and cell.col in auto:
                # a mixed RAID table maps "description" for risks; assumptions call it
                # "assumption": use this register's own match for the column
                chosen[cell.col] = auto[cell.col]
        elif cell.col in auto:
            chosen[cell.col] = auto[cell.col]
            notes.append(
                f"column {cell.full!r} is new since the mapping was saved; matched automatically"
            )
        else:
            notes.append(f"column {cell.full!r} is new since the mapping was saved")
    present = {header_key(c.full) for c in block.headers if c.text} | {
        header_key(c.text) for c in block.headers if c.text
    }
    for header in spec.columns:
        if header_key(header) not in present:
            notes.append(f"column {header!r} named in the mapping is missing from this file")
    return chosen, notes


def _adopt_block(
    block: TableBlock,
    grid: Grid,
    spec: TableMapping | None,
    standards: Standards,
    project: ProjectData,
    raw_cells: dict[tuple[str, int, str], str],
    year: tuple[int | None, bool],
    report: AdoptionReport,
    classified: Classification | None = None,
) -> tuple[TableReport, TableMapping]:
    table = TableReport(
        sheet=block.sheet, ref=block.ref, header_row=block.header_row, register=None
    )
    table_map = TableMapping(
        sheet=block.sheet,
        header_row=block.header_row,
        first_column=column_letter(block.first_col),
        last_column=column_letter(block.last_col),
        register=None,
        columns={c.full: None for c in block.headers if c.text},
    )
    classification = classified or classify(block, grid, standards)
    spec_notes: list[str] = []
    if spec is not None:
        register = spec.register
        type_col = column_index(spec.type_column) if spec.type_column else classification.type_col
        if register is None:
            table.reason = "left out by the mapping file"
            return table, table_map
        mappings: dict[str, dict[int, Candidate]] = {}
        for key in RAID_REGISTERS if register == "raid" else (register,):
            mappings[key], spec_notes = _mapped_from_spec(block, spec, key)
        classification = Classification(
            register,
            1.0,
            "as the mapping file says",
            mappings,
            type_col=type_col,
            month_cols=classification.month_cols,
        )
    table.register = classification.register
    table.confidence = classification.confidence
    table.reason = classification.reason
    table.notes.extend(spec_notes)
    if classification.register is None:
        table.notes.append(
            "headers: " + "; ".join(dict.fromkeys(c.text for c in block.headers if c.text))
        )
        return table, table_map
    table_map.register = classification.register
    if classification.type_col is not None:
        table_map.type_column = column_letter(classification.type_col)

    if classification.register == "raid":
        _adopt_raid(block, grid, classification, standards, project, raw_cells, table, table_map)
    elif classification.register == "finance" and len(classification.month_cols) >= 2:
        _adopt_finance_wide(
            block, grid, classification, standards, project, table, table_map, year, report
        )
    else:
        key = classification.register
        mapping = {col: cand.column_key for col, cand in classification.mappings[key].items()}
        _report_columns(
            block, classification.mappings[key], key, table, table_map, spec is not None
        )
        plans = plan_columns(block, grid, key, mapping, standards)
        result = build_items(block, grid, key, plans)
        _store(key, result, project, raw_cells, table, grid, block)
    return table, table_map


def _report_columns(
    block: TableBlock,
    chosen: dict[int, Candidate],
    register_key: str,
    table: TableReport,
    table_map: TableMapping,
    from_file: bool,
    skip: set[int] | None = None,
) -> None:
    register = layout.REGISTERS_BY_KEY[register_key]
    seen: set[str] = set()
    for cell in block.headers:
        if not cell.text or (skip and cell.col in skip):
            continue
        key = header_key(cell.full)
        if key in seen and cell.col not in chosen:
            continue  # the rest of a merged header block
        seen.add(key)
        cand = chosen.get(cell.col)
        letter = column_letter(cell.col)
        if cand is None:
            table.columns.append(
                ColumnReport(
                    letter, cell.full, None, note=_why_left_out(cell, register_key, chosen)
                )
            )
            continue
        column = register.column(cand.column_key)
        if column.computed:
            table.columns.append(
                ColumnReport(
                    letter,
                    cell.full,
                    None,
                    confidence=cand.confidence,
                    method="synonym",
                    note=f"{column.name} is computed in the standard workbook; recomputed, not imported",
                )
            )
            continue
        method = (
            "mapping file"
            if cand.synonym == "mapping file"
            else ("synonym" if cand.confidence >= 0.95 else "fuzzy")
        )
        table.columns.append(
            ColumnReport(
                letter,
                cell.full,
                cand.column_key,
                column.name,
                cand.confidence,
                method,
                note=f"matched {cand.synonym!r}" if method == "fuzzy" else "",
            )
        )
        table_map.columns[cell.full] = cand.column_key


def _why_left_out(cell: HeaderCell, register_key: str, chosen: dict[int, Candidate]) -> str:
    """Why a source column was left out, in words a PMO can act on."""
    known = next(
        (why for words, why in KNOWN_UNMAPPED.items() if words in header_key(cell.text)), None
    )
    if known:
        return known
    register = layout.REGISTERS_BY_KEY[register_key]
    taken = {c.column_key for c in chosen.values()}
    for cand in candidates(cell.text, register_key):
        if cand.confidence < CERTAIN:
            break
        name = register.column(cand.column_key).name
        if cand.column_key in taken:
            return f"also reads as {name}, which another column already fills"
        return f"reads as {name} but its values do not fit that column"
    return "no standard column matches"


def _merge_finance(result: RowsResult) -> int:
    """Add up finance rows with the same month and cost line; returns how many merged."""
    kept: list[dict[str, Any]] = []
    raws: list[dict[str, str]] = []
    index: dict[tuple[Any, Any], int] = {}
    merged = 0
    for item, raw in zip(result.items, result.raw_text, strict=True):
        key = (item.get("month"), item.get("cost_line"))
        if key[0] is None or key[1] is None or raw or key not in index:
            if key[0] is not None and key[1] is not None and not raw:
                index.setdefault(key, len(kept))
            kept.append(item)
            raws.append(raw)
            continue
        target = kept[index[key]]
        for measure in ("budget", "actual", "forecast"):
            if item.get(measure) is not None:
                target[measure] = (target.get(measure) or 0.0) + item[measure]
        if item.get("notes") and item["notes"] != target.get("notes"):
            target["notes"] = "; ".join(filter(None, [target.get("notes"), item["notes"]]))[:500]
        merged += 1
    result.items, result.raw_text = kept, raws
    return merged


def _store(
    key: str,
    result: RowsResult,
    project: ProjectData,
    raw_cells: dict[tuple[str, int, str], str],
    table: TableReport,
    grid: Grid,
    block: TableBlock,
) -> None:
    """Finish items (IDs, titles), validate them into models, add them to the project."""
    register = layout.REGISTERS_BY_KEY[key]
    if key == "finance":
        merged = _merge_finance(result)
        if merged:
            table.notes.append(
                f"{merged} source row(s) shared a month and cost line with another; their "
                "amounts were added into one Finance line each (the standard has one line per "
                "month and cost line)"
            )
    if register.id_prefix:
        changes, generated = standardise_ids(result.items, register.id_prefix)
        table.id_changes.extend(changes)
        if generated:
            table.notes.append(
                (f"{register.sheet}: " if table.register == "raid" else "")
                + f"{generated} item(s) had no ID; IDs were generated"
            )
    main = {"risks": "title", "issues": "title", "dependencies": "title"}.get(key)
    filled = 0
    for item in result.items:
        if main and not item.get(main) and item.get("description"):
            text = str(item["description"]).split("\n")[0]
            item[main] = text if len(text) <= 80 else text[:77].rstrip() + "..."
            filled += 1
    prefix = f"{register.sheet}: " if table.register == "raid" else ""
    if filled:
        table.notes.append(
            prefix
            + f"Title taken from the description for {filled} item(s) (the source has no title column)"
        )
    model = ITEM_MODELS[key]
    target = project.items(key)
    adopted = 0
    existing: dict[tuple[Any, Any], Any] = {}
    if key == "finance":
        existing = {(f.month, f.cost_line): f for f in project.finance if f.month and f.cost_line}
    joined = conflicts = 0
    for item, raw in zip(result.items, result.raw_text, strict=True):
        earlier = existing.get((item.get("month"), item.get("cost_line"))) if not raw else None
        if earlier is not None:
            # the same month and cost line from another table (a Budget sheet and an
            # Actuals sheet): fill in what the earlier line lacks, never add up twice
            for measure in ("budget", "actual", "forecast"):
                if item.get(measure) is None:
                    continue
                if getattr(earlier, measure) is None:
                    setattr(earlier, measure, item[measure])
                elif getattr(earlier, measure) != item[measure]:
                    conflicts += 1
            joined += 1
            continue
        try:
            target.append(model(**item))
        except ValidationError as exc:
            table.skipped_rows.append(
                RowIssue(
                    int(item.get("source_row") or 0),
                    "",
                    f"could not be adopted: {exc.errors()[0]['msg']}",
                )
            )
            continue
        for column_key, text in raw.items():
            raw_cells[(key, len(target) - 1, column_key)] = text
        adopted += 1
    table.items[key] = table.items.get(key, 0) + adopted
    if joined:
        table.notes.append(
            f"{joined} line(s) have the month and cost line of a line from an earlier table; "
            "their amounts were joined to it"
            + (
                f" ({conflicts} amount(s) differed; the earlier table's were kept)"
                if conflicts
                else ""
            )
        )
    table.skipped_rows.extend(result.skipped)
    table.unconverted.extend(result.unconverted)
    for note in result.notes:
        if note not in table.notes:
            table.notes.append(note)


def _adopt_raid(
    block: TableBlock,
    grid: Grid,
    classification: Classification,
    standards: Standards,
    project: ProjectData,
    raw_cells: dict[tuple[str, int, str], str],
    table: TableReport,
    table_map: TableMapping,
) -> None:
    type_col = classification.type_col
    assert type_col is not None
    rows_by_register: dict[str, list[int]] = {}
    for row in range(block.first_data_row, block.last_data_row + 1):
        if grid.row_is_blank(row, block.first_col, block.last_col):
            continue
        text = cell_text(grid.value(row, type_col)).strip().lower()
        key = RAID_TYPES.get(text) or RAID_TYPES.get(text.rstrip("s"))
        if key is None:
            others = [
                c for c in grid.nonblank_cols(row, block.first_col, block.last_col) if c != type_col
            ]
            if text or len(others) > 1:
                table.skipped_rows.append(
                    RowIssue(
                        row,
                        f"{column_letter(type_col)}{row}",
                        "type is not one of R/A/I/D (Risk, Assumption, Issue, Dependency, Decision)",
                        value=text,
                    )
                )
            elif others:
                table.skipped_rows.append(
                    RowIssue(row, "", "stub row: no type and nothing to adopt")
                )
            continue
        rows_by_register.setdefault(key, []).append(row)
    main_register = max(rows_by_register, key=lambda k: len(rows_by_register[k]), default="risks")
    table.columns.append(
        ColumnReport(
            column_letter(type_col),
            (block.header_at(type_col) or HeaderCell(type_col, "")).text,
            "register",
            "(register of each row)",
            1.0,
            "type column",
        )
    )
    _report_columns(
        block,
        classification.mappings[main_register],
        main_register,
        table,
        table_map,
        False,
        skip={type_col},
    )
    for key, rows in rows_by_register.items():
        chosen = classification.mappings.get(key, {})
        mapping = {col: cand.column_key for col, cand in chosen.items() if col != type_col}
        plans = plan_columns(block, grid, key, mapping, standards)
        result = build_items(block, grid, key, plans, rows=rows)
        _store(key, result, project, raw_cells, table, grid, block)
    if not rows_by_register:
        table.notes.append("no row has a type (R/A/I/D): nothing to adopt")


def _adopt_finance_wide(
    block: TableBlock,
    grid: Grid,
    classification: Classification,
    standards: Standards,
    project: ProjectData,
    table: TableReport,
    table_map: TableMapping,
    year_given: tuple[int | None, bool],
    report: AdoptionReport,
) -> None:
    year, explicit_year = year_given
    chosen = classification.mappings.get("finance", {})
    months, warning = month_columns(
        block,
        classification.month_cols,
        year
        if explicit_year
        else (year_in([t for _, _, t in block.preamble] + [block.sheet]) or year),
    )
    if warning:
        table.notes.append(warning)
        report.warnings.append(f"{block.sheet}: {warning}")
    month_set = {m.col for m in months}
    labels = {
        col: cand
        for col, cand in chosen.items()
        if col not in month_set
        and cand.column_key in ("cost_line", "category", "capex_opex", "notes")
    }
    _report_columns(block, labels, "finance", table, table_map, False, skip=month_set)
    for m in months:
        cell = block.header_at(m.col)
        table.columns.append(
            ColumnReport(
                column_letter(m.col),
                cell.full if cell else "",
                "month",
                f"{m.month:%b %Y} {(m.measure or 'amount').title()}",
                0.9,
                "month axis",
            )
        )
    plans = plan_columns(
        block, grid, "finance", {c: cand.column_key for c, cand in labels.items()}, standards
    )
    result = unpivot(block, grid, months, plans, context_words(block) + " " + block.sheet)
    if result.measure_col is not None:
        letter = column_letter(result.measure_col)
        for col in table.columns:
            if col.column == letter:
                col.target, col.target_name, col.confidence = (
                    "measure",
                    "(Budget / Actual / Forecast of each row)",
                    0.9,
                )
                col.method, col.note = "measure column", ""
    for item in result.items:
        for measure in ("budget", "actual", "forecast"):
            if measure in item and is_blank(item[measure]):
                del item[measure]
    _store("finance", result, project, {}, table, grid, block)
