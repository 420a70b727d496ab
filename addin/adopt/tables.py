"""Adopting one table: its column mapping (detected or from a mapping file), its rows,
and what the report says about it. Mixed RAID tables are split; months-as-columns finance
is unpivoted.
"""

from __future__ import annotations

import re
from datetime import date
from itertools import pairwise
from typing import Any

from addin import layout
from addin.adopt import cldr
from addin.adopt.approval_dates import WHY as APPROVAL_AHEAD
from addin.adopt.approval_dates import approval_ahead
from addin.adopt.category_words import category_reader
from addin.adopt.classify import (
    MAIN_COLUMNS,
    TOOL_TYPE_HEADER,
    Classification,
    classify,
    context_lines,
    context_words,
    header_candidates,
    section_register,
    section_rows_by_register,
    type_cut_short,
    type_value_register,
)
from addin.adopt.convert import list_for_column
from addin.adopt.date_order import unplaced_dates
from addin.adopt.detect import (
    HeaderCell,
    TableBlock,
    header_texts,
)
from addin.adopt.finance import (
    MonthColumn,
    capex_opex_column,
    derived_figure,
    kind_by_title,
    lines_across,
    measure_context,
    measure_context_lines,
    measure_letters,
    month_columns,
    named_line_column,
    other_figure,
    running_totals_down,
    spread_by_measure,
    summed_lines,
    tidy_line_column,
    tidy_measures,
    unnamed_line_column,
    unpivot,
    unpivot_lines_across,
    value_measure,
    year_in,
)
from addin.adopt.finance_blocks import sheet_titles
from addin.adopt.grid import Grid, cell_text, is_blank
from addin.adopt.languages import translate
from addin.adopt.levels import LEVELS
from addin.adopt.mapping_file import TableMapping, header_key, no_header_key
from addin.adopt.mapping_fit import ONE_VALUE, gone_line, missing_columns, one_value_fields
from addin.adopt.match import (
    CERTAIN,
    SENSE_PREFIX,
    TABLE_LANGUAGE_PREFIX,
    Candidate,
    assign,
    candidates,
    normalise_header,
)
from addin.adopt.pivots import adopt_pivot, pivot_rows
from addin.adopt.quantities import figure_reason
from addin.adopt.quarters import by_quarter_reading
from addin.adopt.quarters import reading_note as quarter_reading_note
from addin.adopt.questions import statement_of
from addin.adopt.record_numbers import NUMBERS_SUFFIX, WORDS_SUFFIX
from addin.adopt.report import AdoptionReport, ColumnReport, RowIssue, TableReport
from addin.adopt.row_kinds import left_out_line, milestone_rows, status_by_progress
from addin.adopt.rows import build_items, plan_columns, row_ranges
from addin.adopt.settings_sheet import fiscal_texts
from addin.adopt.stage_dates import LAST_STAGE
from addin.adopt.store import store_items
from addin.adopt.supplier_columns import why_left_out as supplier_column
from addin.adopt.synonyms import KNOWN_UNMAPPED, MEASURES
from addin.adopt.table_language import languages_of
from addin.adopt.unread_columns import unclear_roles
from addin.cells import column_index, column_letter
from addin.models import ProjectData
from addin.standards import Standards


def _mapped_from_spec(
    block: TableBlock, spec: TableMapping, register_key: str
) -> tuple[dict[int, Candidate], list[str]]:
    """Columns as the mapping file says, by header text; new headers are auto-matched."""
    notes: list[str] = []
    by_header = {header_key(h): k for h, k in spec.columns.items()}
    by_header.update(
        {header_key(h): k for h, k in spec.register_columns.get(register_key, {}).items()}
    )
    register = layout.REGISTERS_BY_KEY[register_key]
    valid = {c.key for c in register.columns}
    chosen: dict[int, Candidate] = {}
    seen: set[str] = set()
    auto = assign(header_candidates(block, register_key), header_texts(block), register_key)
    for cell in block.headers:
        if not cell.text:
            unnamed = by_header.get(header_key(no_header_key(column_letter(cell.col))))
            if unnamed is not None and unnamed in valid:
                chosen[cell.col] = Candidate(unnamed, 1.0, "mapping file")
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
    for header in missing_columns(block, spec):
        notes.append(f"column {header!r} named in the mapping is missing from this file")
    return chosen, notes + one_value_fields(block, chosen, register)


def adopt_block(
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
    """The table adopted; month words its values write are read in the languages of its
    headers (round 17: ``listopad`` is November in a Polish table, October in a Croatian)."""
    with cldr.languages_in(languages_of(h.full for h in block.headers)):
        return _adopt_block(
            block, grid, spec, standards, project, raw_cells, year, report, classified
        )


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
        for key in layout.RAID_KEYS if register == "raid" else (register,):
            mappings[key], spec_notes = _mapped_from_spec(block, spec, key)
        classification = Classification(
            register,
            1.0,
            "as the mapping file says",
            mappings,
            type_col=type_col,
            month_cols=classification.month_cols,
            sections=classification.sections if type_col is None else {},
        )
    table.register = classification.register
    table.confidence = classification.confidence
    table.reason = classification.reason
    table.notes.extend(n for n in spec_notes if not n.startswith(ONE_VALUE))
    if spec is not None:  # round 23: a mapped column gone is a misfit, not a quiet note
        report.misfit(
            [
                gone_line(report.source, block, header, target)
                for header in missing_columns(block, spec)
                if (target := spec.columns[header]) is not None
            ]
            + [
                f"{report.source}: {block.sheet}!{block.ref}: {n}"
                for n in spec_notes
                if n.startswith(ONE_VALUE)
            ]
        )
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
    elif classification.register == "resources" and classification.month_cols:
        _adopt_resources(
            block, grid, classification, year, standards, project, table, table_map, report
        )
    elif classification.register == "finance" and (pivot := pivot_rows(block, grid)):
        adopt_pivot(  # round 17: a pivot pasted as values
            block,
            grid,
            classification.mappings["finance"],
            pivot,
            year,
            standards,
            project,
            table,
            table_map,
        )
    elif classification.register == "finance" and (
        across := lines_across(block, grid, classification.mappings["finance"])
    ):
        left_out = {header_key(h) for h, t in (spec.columns if spec else {}).items() if t is None}
        across = [c for c in across if header_key(_full(block, c)) not in left_out]
        _adopt_finance_across(
            block, grid, classification, across, standards, project, table, table_map
        )
    elif classification.register == "finance" and (
        tidy := tidy_measures(block, grid, classification.mappings["finance"])
    ):
        _adopt_finance_tidy(block, grid, classification, tidy, standards, project, table, table_map)
    else:
        key = classification.register
        named_gates = key == "milestones" and gates_named(  # round 17
            block, grid, classification.mappings[key]
        )
        if key == "milestones":  # red team of round 31's last hour
            ahead = approval_ahead(block, grid, classification.mappings[key])
            if ahead is not None:
                table.notes.append(f"column {column_letter(ahead)}: {APPROVAL_AHEAD}")
        mapping = {col: cand.column_key for col, cand in classification.mappings[key].items()}
        nulls = frozenset(
            header_key(h) for h, target in (spec.columns if spec else {}).items() if target is None
        )
        report_columns(
            block,
            classification.mappings[key],
            key,
            table,
            table_map,
            spec is not None,
            file_nulls=nulls,
            file_readings=spec.column_readings if spec else None,
            # round 18: what the values of a column under an unknown header are
            unclear=unclear_roles(block, grid, key, classification.mappings[key]),
        )
        _unplaced_dates_reason(block, grid, key, mapping, table)  # round 15
        plans = plan_columns(block, grid, key, mapping, standards)
        for plan in plans:
            if plan.also_col is not None:
                for col in table.columns:
                    if col.column == column_letter(plan.also_col) and col.target is None:
                        col.note = (
                            plan.also_note
                            or f"read with {plan.header!r}: together they give the month"
                        )
        rows = (
            plan_rows(block, grid, set(mapping), table)  # round 17: a plan's milestone rows
            if key == "milestones"
            else _rows_flagged_as(block, grid, key, set(mapping), table)
        )
        result = build_items(block, grid, key, plans, rows=rows)
        if key == "finance":  # round 13: a running-total column made in-month
            result.notes.extend(running_totals_down(result, plans))
        if key == "finance" and "capex_opex" not in mapping.values():
            # round 25: a ``Capital Project`` title names the kind of a long table's lines
            heading = list_for_column("capex_opex", standards)
            if kinded := kind_by_title(block, grid, result.items, heading):
                table.notes.append(kinded)
        if key == "milestones":
            if named_gates:
                yes = standards.lists["yes_no"][0]
                for item in result.items:
                    item["gate"] = yes
                table.notes.append(
                    f"every milestone is named by its gate (a gate tracker): each is a gate ({yes!r})"
                )
            _achieved_milestones(result.items, grid, mapping, standards, table)
            steps = (*_MILESTONE_STEPS, standards.closed_statuses.milestone_complete)
            said = (
                status_by_progress(  # round 17: a tool's % complete, with no status column
                    result.items, block, grid, mapping, steps
                )
                if set(_MILESTONE_STEPS) <= set(standards.lists.get("milestone_status", []))
                else None
            )
            if said:
                table.notes.append(said)
        store_items(key, result, project, raw_cells, table, grid, block)
    chosen_maps = (
        classification.mappings.values()
        if classification.register == "raid"
        else [classification.mappings.get(classification.register, {})]
    )
    _report_unlabelled(block, grid, table, {col for m in chosen_maps for col in m})
    return table, table_map


def _report_unlabelled(
    block: TableBlock, grid: Grid, table: TableReport, mapped: set[int] | None = None
) -> None:
    """Columns inside the table with values but no header: listed, never dropped silently
    (a column mapped by its values is reported with the mapped columns)."""
    for cell in block.headers:
        if cell.text or grid.merged_origin(block.header_row, cell.col) is not None:
            continue
        if mapped and cell.col in mapped:
            continue
        rows = [
            r
            for r in range(block.first_data_row, block.last_data_row + 1)
            if not is_blank(grid.value(r, cell.col))
        ]
        if rows:
            table.columns.append(
                ColumnReport(
                    column_letter(cell.col),
                    "(no header)",
                    None,
                    note=f"values in {len(rows)} row(s) but no header; not adopted",
                )
            )


def _unplaced_dates_reason(
    block: TableBlock, grid: Grid, key: str, mapping: dict[int, str], table: TableReport
) -> None:
    """Says why date columns the register's order could not place were left out (two or
    more of them, any of which could be a field the register lacks; round 15)."""
    texts = {c.col: c.text for c in block.headers if c.text}
    rows = range(block.first_data_row, block.last_data_row + 1)
    values_of = {col: [grid.value(r, col) for r in rows] for col in texts}
    reasons = unplaced_dates(values_of, texts, mapping, key)
    for report in table.columns:
        for col, why in reasons.items():
            left_out = report.target is None and report.note == NO_MATCH
            if left_out and report.column == column_letter(col):
                report.note = why


def report_columns(
    block: TableBlock,
    chosen: dict[int, Candidate],
    register_key: str,
    table: TableReport,
    table_map: TableMapping,
    from_file: bool,
    skip: set[int] | None = None,
    file_nulls: frozenset[str] = frozenset(),
    file_readings: dict[str, str] | None = None,
    unclear: dict[int, str] | None = None,
) -> None:
    register = layout.REGISTERS_BY_KEY[register_key]
    seen: set[str] = set()
    for cell in block.headers:
        if skip and cell.col in skip:
            continue
        if not cell.text:
            found = chosen.get(cell.col)
            if found is not None:  # a column without a header, mapped by its values
                table_map.columns[no_header_key(column_letter(cell.col))] = found.column_key
                table.columns.append(
                    ColumnReport(
                        column_letter(cell.col),
                        "(no header)",
                        found.column_key,
                        register.column(found.column_key).name,
                        found.confidence,
                        _method(found, cell),
                        note="no header" if from_file else f"no header; {found.synonym}",
                    )
                )
            continue
        key = header_key(cell.full)
        if key in seen and cell.col not in chosen:
            continue  # the rest of a merged header block
        seen.add(key)
        cand = chosen.get(cell.col)
        letter = column_letter(cell.col)
        if cand is None:
            why = (
                "the mapping file says so"
                if key in file_nulls
                else _why_left_out(cell, register_key, chosen)
            )
            if why == NO_MATCH and unclear and cell.col in unclear:
                why = unclear[cell.col]  # round 18 (unread_columns.py)
            table.columns.append(ColumnReport(letter, cell.full, None, note=why))
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
        method = _method(cand, cell)
        note = (
            f"matched {cand.synonym!r}"
            if method in ("partial", "fuzzy")
            else (
                f"read by sense: {cand.synonym[len(SENSE_PREFIX) : -1]}"
                if method == "thesaurus"
                else ""
            )
        )
        reading = (
            (file_readings or {}).get(cell.full, "")
            if from_file
            else column_reading(cand, cell.full)
        )
        if method == "content":
            note = reading
        elif reading:
            note = f"{reading}; {note}" if note else reading
        if reading:
            table_map.column_readings[cell.full] = reading
        table.columns.append(
            ColumnReport(
                letter, cell.full, cand.column_key, column.name, cand.confidence, method, note=note
            )
        )
        table_map.columns[cell.full] = cand.column_key


def _method(cand: Candidate, cell: HeaderCell) -> str:
    """How a column was matched, in the report's words (docs/adopt.md)."""
    if cand.synonym == "mapping file":
        return "mapping file"
    if cand.synonym.startswith(SENSE_PREFIX):
        return "thesaurus"
    if cand.synonym.startswith(CONTENT_PREFIX):
        return "content"
    if cand.confidence >= 0.95:
        return "synonym"
    words = " ".join(normalise_header(cell.full) + normalise_header(cell.text))
    target = " ".join(re.findall(r"[a-z0-9#]+", cand.synonym.lower()))
    return "partial" if target and target in words else "fuzzy"


#: What the synonym of a candidate made from a column's values starts with.
CONTENT_PREFIX = "(values "


def column_reading(cand: Candidate, header: str) -> str:
    """How a column was read other than by its English words, for the report and the
    mapping file (round 8): by its content (``mapped by content: values are person names,
    confidence 0.70``) or in another language (``read in English as 'risk owner'``); "" for
    a header read by its own words."""
    if cand.synonym.startswith(CONTENT_PREFIX):
        why = cand.synonym.strip("()")
        return f"mapped by content: {why}, confidence {cand.confidence:.2f}"
    if cand.synonym.endswith(LEVELS):
        return (
            "one of the numbered level columns of one field (a tree query's Title 1, Title 2):"
            " each row's value is in the column of its depth"
        )
    if cand.synonym.endswith(NUMBERS_SUFFIX):  # round 14 (record_numbers.py)
        return (
            "its values are record numbers or item codes: the items' ID (their text is "
            "another column)"
        )
    if cand.synonym.endswith(WORDS_SUFFIX):
        return "the items' text: the column headed by the register's noun holds numbers or codes"
    if cand.synonym.startswith(TABLE_LANGUAGE_PREFIX):
        # "Data" alone in a Portuguese log (round 13)
        reading = cand.synonym[len(TABLE_LANGUAGE_PREFIX) :].rstrip(")")
        return f"read in English as {reading!r}, the language of the table's other headers"
    english = translate(header)
    return f"read in English as {english!r}" if english else ""


_PERIOD_TOTAL = re.compile(
    r"^\s*(?:Q[1-4]|H[12]|quarter\s*[1-4]|half\s*[12])\b"
    # round 20: a quarter in Roman numerals, as Central European plans write it (Polish
    # ``IV kw.``, Czech ``I. čtvrtletí``, Hungarian ``II. negyedév``, Romanian ``trim. III``)
    r"|^\s*(?:I{1,3}|IV)\s*\.?\s*(?:kw|kwartał|kwartal|čtvrtletí|ctvrtleti|štvrťrok|"
    r"negyedév|trim|trimestre|trimestrul|tromjesečje|četrtletje|ketvirtis|ceturksnis|"
    r"тримесечие|квартал|kvartal|quartal)\b"
    r"|^\s*(?:trim|trimestrul|trimestre)\s*\.?\s*(?:I{1,3}|IV)\b",
    re.IGNORECASE,
)


#: A finance column summing the year or the months: its total, its full year.
_YEAR_TOTAL = re.compile(r"\b(?:total|totals|full year|annual|ytd|year to date)\b")


#: The reason of a column nothing reads.
NO_MATCH = "no standard column matches"


def _why_left_out(cell: HeaderCell, register_key: str, chosen: dict[int, Candidate]) -> str:
    """Why a source column was left out, in words a PMO can act on."""
    figure = figure_reason(cell.text, register_key)
    if figure:
        return figure  # round 30: an EMV, a money impact, a float, CPI: what it is
    supplier = supplier_column(
        cell.text, register_key, chosen, {col: column_letter(col) for col in chosen}
    )
    if supplier:
        return supplier  # round 31's last hour: a running total, a payment, a supplier's owner
    key = header_key(cell.text)
    # the header as written, and as a statement ("Who raised it?" = "raised by", round 12)
    statement = statement_of(cell.text)
    readings = [key, statement] if statement else [key]
    # the header's words as matching reads them ("Last Update / Comment" is "last update
    # comment", listed as free comments: round 16)
    readings += [v for v in normalise_header(cell.text) if v in KNOWN_UNMAPPED]
    known = next(
        (
            why
            for words, why in KNOWN_UNMAPPED.items()
            if any(re.search(rf"\b{re.escape(words)}\b", reading) for reading in readings)
            or (words in ("total", "ytd") and words in key)
        ),
        None,
    )
    if known:
        return known
    if register_key == "finance" and _YEAR_TOTAL.search(header_key(cell.full)):
        # round 32: a tracker's year column (``Full Year``, ``Annual``) or a measure under
        # a ``Total`` group written once over its pair (``Total`` over ``Budget | Actual``)
        return KNOWN_UNMAPPED["total"]
    if TOOL_TYPE_HEADER.match(cell.text.strip()):
        return "a type column: it says which register the rows belong to"
    if register_key == "milestones" and any(
        c.synonym.endswith(LAST_STAGE) for c in chosen.values()
    ):
        from addin.adopt.stage_dates import stage_of

        stage = stage_of(cell.text)
        if stage is not None:  # round 30: a procurement plan's earlier stage
            return (
                f"an earlier stage's date ({stage[0]}): the milestone is the plan's last "
                "stage, whose dates are read; the standard holds one date of each kind"
            )
    if isinstance(cell.value, date) or _month_group(cell, register_key):
        return "a month column with no amounts in it"
    if _PERIOD_TOTAL.match(cell.text):
        return "a quarter or half-year subtotal: the Finance register holds months"
    if register_key == "finance" and derived_figure(cell.full):
        # round 15: QuickBooks' ``over Budget`` and ``% of Budget`` beside each month
        return "a variance worked out from the budget and actual: not a measure, not imported"
    register = layout.REGISTERS_BY_KEY[register_key]
    taken = {c.column_key for c in chosen.values()}
    for cand in candidates(cell.text, register_key):
        if cand.confidence < CERTAIN:
            break
        name = register.column(cand.column_key).name
        if cand.column_key in taken:
            if cand.column_key == "status":
                # round 22: a workflow state column beside the register's own Status
                col, other = next((c, m) for c, m in chosen.items() if m.column_key == "status")
                why = (
                    "its header is the field's own name"
                    if " ".join(other.synonym.casefold().split()) == "status"
                    else "its header or values read as the status more surely"
                )
                return (
                    f"also reads as {name}; column {column_letter(col)} was taken as the "
                    f"status ({why}): a second status column, such as a tool's workflow "
                    "states, is not imported"
                )
            return f"also reads as {name}, which another column already fills"
        return f"reads as {name} but its values do not fit that column"
    return NO_MATCH


#: RAG words: they tell a milestone's health, not whether it was achieved.
_RAG_WORDS = frozenset(
    {
        "g",
        "a",
        "r",
        "green",
        "amber",
        "red",
        "yellow",
        "amber red",
        "red amber",
        "amber green",
        "green amber",
    }
)


def _achieved_milestones(
    items: list[dict[str, Any]],
    grid: Grid,
    mapping: dict[int, str],
    standards: Standards,
    table: TableReport,
) -> None:
    """A milestone with an actual date whose status is empty or only a RAG colour was
    achieved: its status becomes the standards' complete status (noted)."""
    status_col = next((c for c, k in mapping.items() if k == "status"), None)
    complete = standards.closed_statuses.milestone_complete
    changed = 0
    for item in items:
        status = item.get("status")
        if item.get("actual_date") is None or (
            isinstance(status, str) and standards.is_closed("milestone", status)
        ):
            continue
        source = ""
        if status_col is not None:
            text = cell_text(grid.value(int(item["source_row"]), status_col))
            source = " ".join(re.sub(r"[^a-z]+", " ", text.lower()).split())
            # round 27 (s27a): a colour in the register's language (``Vert``, ``Grün``,
            # ``Verde``, ``Groen``) is a RAG colour as ``Green`` is
            source = _english_colour(text) or source
        if source and source not in _RAG_WORDS:
            continue  # the source says something else: kept, pmo check judges it
        item["status"] = complete
        changed += 1
    if changed:
        table.notes.append(
            f"{changed} milestone(s) with an actual date and an empty status or only a RAG "
            f"colour read as {complete!r}"
        )


def _english_colour(text: str) -> str | None:
    """The English RAG colour a status cell written in another language reads as (``Vert``
    -> ``green``, ``Gelb`` -> ``amber``), through the vocabularies' values; None for any
    other value (``Réalisé`` is a state, not a colour)."""
    english = translate(text, "values")
    return english if english in _RAG_WORDS else None


_YES = frozenset({"y", "yes", "true", "1", "x"})
#: A milestone's not started and in progress statuses (when the standards' list has them).
_MILESTONE_STEPS = ("Not Started", "In Progress")
_NO = frozenset({"n", "no", "false", "0"})


def _rows_flagged_as(
    block: TableBlock, grid: Grid, register_key: str, mapped: set[int], table: TableReport
) -> list[int] | None:
    """The rows to adopt when an unmapped Yes/No column is named after the register (a task
    plan's ``Milestone`` flag): only the rows flagged Yes; the others are reported. None
    (every row) when there is no such column."""
    names = {register_key, register_key.rstrip("s"), f"is {register_key.rstrip('s')}"}
    for cell in block.headers:
        if cell.col in mapped or cell.text.strip().lower().rstrip("?") not in names:
            continue
        values = {
            r: cell_text(grid.value(r, cell.col)).strip().lower()
            for r in range(block.first_data_row, block.last_data_row + 1)
            if not grid.row_is_blank(r, block.first_col, block.last_col)
        }
        if not values or not set(values.values()) <= _YES | _NO | {""}:
            continue
        keep = [r for r, v in values.items() if v in _YES]
        dropped = [r for r, v in values.items() if v not in _YES]
        if dropped:
            letter = column_letter(cell.col)
            table.skipped_rows.append(
                RowIssue(
                    dropped[0],
                    f"{letter}{dropped[0]}",
                    f"{len(dropped)} row(s) {row_ranges(dropped)} not flagged in column {letter} "
                    f"{cell.text!r}: tasks, not {register_key}",
                )
            )
        table.notes.append(f"only rows flagged Yes in {cell.text!r} are {register_key}")
        return keep
    return None


def gates_named(block: TableBlock, grid: Grid, chosen: dict[int, Candidate]) -> bool:
    """A gate tracker's ``Gate`` column naming each gate (``G0 Idea``, ``Gate 2``: a
    different text on every row, no yes / no) where no column is certainly the milestone's
    text: the gates' names are the milestones' (round 17), and every row is a gate. The
    column is remapped to the milestone's text, and a text found only by its values that
    does not name every row differently (a gate's ``Decision`` of ``Go``) is given up; a
    text that does is kept (the gates stay gates). True when the gates name the milestones
    (also when a mapping file maps such a column to the text)."""
    gate = next((c for c, m in chosen.items() if m.column_key == "gate"), None)
    text = [c for c, m in chosen.items() if m.column_key == "milestone"]
    if gate is None and len(text) == 1:
        # the mapping file's reading of such a column (its Gate header as the text)
        header = next((h.text for h in block.headers if h.col == text[0]), "")
        found = candidates(header, "milestones") if header else []
        if found and found[0].column_key == "gate" and found[0].confidence >= CERTAIN:
            return _named(block, grid, text[0])
        return False
    if gate is None or any(chosen[c].confidence >= CERTAIN for c in text):
        return False
    if not _named(block, grid, gate) or any(_named(block, grid, c) for c in text):
        return False  # a text found by its values that names each milestone is kept
    for c in text:
        del chosen[c]
    chosen[gate] = Candidate("milestone", 0.9, chosen[gate].synonym)
    return True


def _named(block: TableBlock, grid: Grid, gate: int) -> bool:
    """True when every row of column ``gate`` names a gate: a different text, no yes / no."""
    values = [
        cell_text(grid.value(r, gate)).casefold()
        for r in range(block.first_data_row, block.last_data_row + 1)
        if not grid.row_is_blank(r, block.first_col, block.last_col)
    ]
    if len(values) < 2 or len(set(values)) < len(values) or not all(values):
        return False
    return not any(
        v in _YES | _NO or translate(v, "values") in ("yes", "no") for v in values
    )  # yes / no in any language of languages.toml answers a flag, names no gate


def plan_rows(
    block: TableBlock, grid: Grid, mapped: set[int], table: TableReport
) -> list[int] | None:
    """A plan's milestone rows when a type column, a milestone flag or zero durations tell
    them from its tasks and summary rows (round 17, :mod:`addin.adopt.row_kinds`): the
    other rows are listed by kind. None (every row) when nothing tells them apart."""
    kinds = milestone_rows(block, grid, mapped)
    if kinds is None:
        return None
    header = next((c.text for c in block.headers if c.col == kinds.column), "Start / Finish")
    first = min(r for rows in kinds.others.values() for r in rows)
    letter = column_letter(kinds.column) if kinds.column else ""
    table.skipped_rows.append(
        RowIssue(
            first,
            f"{letter}{first}" if letter else "",
            f"{left_out_line(kinds)} left out: a plan's rows of other kinds are not "
            "milestones (tasks have durations; groups and summaries carry the dates of the "
            "rows under them)",
        )
    )
    table.notes.append(kinds.reason(header))
    return kinds.keep


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
    if type_col is None:
        _adopt_sectioned(
            block, grid, classification, standards, project, raw_cells, table, table_map
        )
        return
    rows_by_register: dict[str, list[int]] = {}
    written_once = _type_written_once(block, grid, type_col)
    carried: list[int] = []
    previous: str | None = None
    for row in range(block.first_data_row, block.last_data_row + 1):
        if grid.row_is_blank(row, block.first_col, block.last_col):
            continue
        text = cell_text(grid.filled(row, type_col)).strip().lower()
        # round 16: Estonian "Eeldus"; round 25: "Assump." cut short with its dot
        key = type_value_register(text) or type_cut_short(text)
        if key is None and not text and written_once and previous is not None:
            others = grid.nonblank_cols(row, block.first_col, block.last_col)
            if len(others) >= 2 and not _section_heading(grid, row, others):
                key = previous  # the type is written once per group: carried down
                carried.append(row)
        previous = key or previous
        if key is None:
            others = [
                c for c in grid.nonblank_cols(row, block.first_col, block.last_col) if c != type_col
            ]
            words = [c for c in others if not isinstance(grid.value(row, c), int | float)]
            if not text and len(words) == 1:
                heading = cell_text(grid.value(row, words[0]))
                table.skipped_rows.append(
                    RowIssue(
                        row, "", f"a section heading ({heading!r}), not an item", value=heading
                    )
                )
            elif text or len(others) > 1:
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
    if carried:
        table.notes.append(
            f"column {column_letter(type_col)} names the register once per group: "
            f"{len(carried)} row(s) {row_ranges(carried)} take the type written above them"
        )
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
    report_columns(
        block,
        classification.mappings[main_register],
        main_register,
        table,
        table_map,
        False,
        skip={type_col},
    )
    _report_per_register(
        block, classification, rows_by_register, main_register, table, table_map, grid
    )
    for key, rows in rows_by_register.items():
        chosen = classification.mappings.get(key, {})
        mapping = {col: cand.column_key for col, cand in chosen.items() if col != type_col}
        plans = plan_columns(block, grid, key, mapping, standards)
        result = build_items(block, grid, key, plans, rows=rows)
        store_items(key, result, project, raw_cells, table, grid, block)
    if not rows_by_register:
        table.notes.append("no row has a type (R/A/I/D): nothing to adopt")


def _section_heading(grid: Grid, row: int, cols: list[int]) -> bool:
    """True when the row's one text names a register (``Issues`` beside a Smartsheet ``Row
    ID``): a section heading, never an item the type above is carried down to (red team of
    round 17: a risk titled ``Issues``, an issue titled ``Assumptions``)."""
    words = [c for c in cols if not isinstance(grid.value(row, c), int | float)]
    return len(words) == 1 and section_register(cell_text(grid.value(row, words[0]))) is not None


def _type_written_once(block: TableBlock, grid: Grid, type_col: int) -> bool:
    """True when the type column names each register once per group, blank or merged
    under it (``Risk`` on the first risk row only): a third or more of the item rows have
    no type cell of their own, and no two written cells in a row of it say the same
    register (round 5)."""
    rows = [
        r
        for r in range(block.first_data_row, block.last_data_row + 1)
        if not grid.row_is_blank(r, block.first_col, block.last_col)
    ]
    written = [
        cell_text(grid.value(r, type_col)).strip().lower()
        for r in rows
        if not is_blank(grid.value(r, type_col))
    ]
    if len(rows) < 3 or len(written) * 3 > len(rows) * 2 or len(written) < 2:
        return False
    keys = [type_value_register(t) for t in written]
    return all(keys) and all(a != b for a, b in pairwise(keys))


def _adopt_sectioned(
    block: TableBlock,
    grid: Grid,
    classification: Classification,
    standards: Standards,
    project: ProjectData,
    raw_cells: dict[tuple[str, int, str], str],
    table: TableReport,
    table_map: TableMapping,
) -> None:
    """A mixed table whose registers are given by section rows (``Risks``, ``Issues``...)
    instead of a type column: the rows under each heading are that register's items, each
    register mapping the columns in its own sense (round 5)."""
    sections = classification.sections
    if not sections:
        table.notes.append("no type column and no section rows say which register a row is")
        return
    rows_by_register = section_rows_by_register(block, grid, sections)
    starts = sorted(sections)
    for row, key in sections.items():
        texts = [
            cell_text(grid.value(row, c))
            for c in grid.nonblank_cols(row, block.first_col, block.last_col)
            if isinstance(grid.value(row, c), str)
        ]
        heading = texts[0] if texts else ""
        end = next((s for s in starts if s > row), block.last_data_row + 1)
        under = sum(1 for r in rows_by_register.get(key, []) if row < r < end)
        table.skipped_rows.append(
            RowIssue(
                row,
                "",
                f"a section heading ({heading!r}): the rows under it are {key} ({under} row(s))",
                value=heading,
            )
        )
    before = [
        r
        for r in range(block.first_data_row, min(sections))
        if not grid.row_is_blank(r, block.first_col, block.last_col)
    ]
    if before:
        table.skipped_rows.append(
            RowIssue(
                before[0],
                "",
                f"{len(before)} row(s) {row_ranges(before)} above the first section heading: "
                "no section says which register they belong to",
            )
        )
    main_register = max(rows_by_register, key=lambda k: len(rows_by_register[k]), default="risks")
    table.notes.append(
        "registers from section rows: "
        + ", ".join(f"{key} {len(rows)}" for key, rows in rows_by_register.items())
    )
    report_columns(
        block,
        classification.mappings.get(main_register, {}),
        main_register,
        table,
        table_map,
        False,
    )
    _report_per_register(
        block, classification, rows_by_register, main_register, table, table_map, grid
    )
    for key, rows in rows_by_register.items():
        chosen = classification.mappings.get(key, {})
        if not any(c.column_key in MAIN_COLUMNS[key] for c in chosen.values()):
            table.skipped_rows.append(
                RowIssue(
                    rows[0],
                    "",
                    f"{len(rows)} row(s) {row_ranges(rows)} under a {key} heading: no column reads "
                    f"as their {' or '.join(MAIN_COLUMNS[key])}; not adopted",
                )
            )
            continue
        mapping = {col: cand.column_key for col, cand in chosen.items()}
        plans = plan_columns(block, grid, key, mapping, standards)
        result = build_items(block, grid, key, plans, rows=rows)
        store_items(key, result, project, raw_cells, table, grid, block)


def _report_per_register(
    block: TableBlock,
    classification: Classification,
    rows_by_register: dict[str, list[int]],
    main_register: str,
    table: TableReport,
    table_map: TableMapping,
    grid: Grid | None = None,
) -> None:
    """In a mixed table one column can mean one thing per register (a target date is a
    risk's Due Date, a dependency's Need By, an assumption's Validate By): say so on the
    column's report line, give a column the main register leaves out the meaning the other
    registers give it, and keep each register's meaning in the mapping file.

    Round 40 (t51a): a column filled on one register's rows only (an Azure DevOps query's
    ``Impact`` on its risks, blank on its issues) is reported with that register's meaning
    (the risks' Impact, not the issues' Severity). (A tree query's ``Title 1`` filled on
    its parent rows only stays the title: round 13, a level's title travels in the mapping
    file to next month's query, where an item may stand a level up.)"""
    by_letter = {c.column: c for c in table.columns}
    for cell in block.headers:
        report = by_letter.get(column_letter(cell.col))
        if report is None or report.target == "register":
            continue
        meanings: dict[str, Candidate] = {}
        for key in sorted(rows_by_register, key=lambda k: -len(rows_by_register[k])):
            cand = classification.mappings.get(key, {}).get(cell.col)
            if (
                cand is not None
                and not layout.REGISTERS_BY_KEY[key].column(cand.column_key).computed
            ):
                meanings[key] = cand
        if not meanings:
            continue
        if grid is not None and len(rows_by_register) > 1:
            filled = {
                key
                for key, rows in rows_by_register.items()
                if any(not is_blank(grid.value(r, cell.col)) for r in rows)
            }
            if len(filled) == 1 and (only := next(iter(filled))) in meanings:
                cand = meanings[only]
                report.target = cand.column_key
                report.target_name = layout.REGISTERS_BY_KEY[only].column(cand.column_key).name
        targets = {c.column_key for c in meanings.values()}
        if report.target is None:
            key, cand = next(iter(meanings.items()))
            report.target = cand.column_key
            report.target_name = layout.REGISTERS_BY_KEY[key].column(cand.column_key).name
            report.confidence = cand.confidence
            report.method = "per register"
        if (
            len(targets) > 1
            or set(meanings) != set(rows_by_register)
            or report.method == "per register"
        ):
            report.note = "per register: " + ", ".join(
                f"{key} {layout.REGISTERS_BY_KEY[key].column(c.column_key).name}"
                for key, c in meanings.items()
            )
        for key, cand in meanings.items():
            if key != main_register:
                table_map.register_columns.setdefault(key, {})[cell.full] = cand.column_key


def _months_across(
    block: TableBlock,
    classification: Classification,
    year_given: tuple[int | None, bool],
    grid: Grid | None = None,
) -> tuple[list[MonthColumn], str | None, str | None]:
    """The month columns across a finance or resource table, in the year given (when it
    was given explicitly) or the year its title, preamble or sheet name states (round 18:
    a block lower on the sheet, the sheet's title lines too; round 29: the workbook's
    settings sheet after them), a warning, and the note naming the settings read."""
    year, explicit_year = year_given
    titles = sheet_titles(grid, block) if grid is not None else []
    # round 29: a hand-built tool's settings sheet states the financial year and its first
    # month (``Financial Year | FY2026/27``): read after the table's own titles
    settings, said = fiscal_texts([*block.titles, *titles])
    titles = [*titles, *settings]
    if not explicit_year:
        year = year_in(block.titles) or year_in(titles) or year
    months, warning = month_columns(block, classification.month_cols, year, sheet_titles=titles)
    return months, warning, said if months else None


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
    chosen = classification.mappings.get("finance", {})
    months, warning, settings_note = _months_across(block, classification, year_given, grid)
    if settings_note:
        table.notes.append(settings_note)
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
    if not any(c.column_key == "capex_opex" for c in labels.values()):
        # round 16: a column of CapEx / OpEx words (RDEL / CDEL) under any header
        kind = capex_opex_column(
            block,
            grid,
            month_set | set(labels),
            list_for_column("capex_opex", standards),
            month_set,
        )
        if kind is not None:
            labels[kind] = Candidate("capex_opex", 0.8, "(values are CapEx / OpEx words)")
    named = _named_lines(block, grid, labels, month_set)
    unnamed = None
    if not any(c.column_key == "cost_line" for c in labels.values()):
        # round 15: the line no header names is reported as the cost line it is read as
        # (``unpivot`` takes the same column by itself, rows read as before)
        kinds = {c for c, cand in labels.items() if cand.column_key == "capex_opex"}
        unnamed = unnamed_line_column(block, grid, month_set, kinds)
    reported = dict(labels)
    if unnamed is not None:
        reported[unnamed] = Candidate(
            "cost_line", CERTAIN, "(values are the first names left of the months)"
        )
    report_columns(block, reported, "finance", table, table_map, False, skip=month_set)
    if unnamed is not None and unnamed in labels:
        # round 23: the column is read as its own field (a category, notes) and its names
        # serve as the cost lines too; the mapping holds what it is read as, so next month
        # reads it the same way (saved as "cost_line", the field was lost)
        cell = block.header_at(unnamed)
        if cell is not None and cell.text:
            table_map.columns[cell.full] = labels[unnamed].column_key
    if named:
        for col in table.columns:
            if col.column == named[0] and col.target is None:
                col.note = f"the code of each cost line; the line is its name, in column {named[1]}"
    for m in months:
        cell = block.header_at(m.col)
        table.columns.append(
            ColumnReport(
                column_letter(m.col),
                cell.full if cell else "",
                "month",
                (
                    f"{m.quarter[0]:%b}-{m.quarter[-1]:%b %Y} {(m.measure or 'amount').title()}"
                    if m.quarter
                    else f"{m.month:%b %Y} {(m.measure or 'amount').title()}"
                ),
                0.9,
                "month axis",
            )
        )
    plans = plan_columns(
        block, grid, "finance", {c: cand.column_key for c, cand in labels.items()}, standards
    )
    result = unpivot(
        block,
        grid,
        months,
        plans,
        measure_context(block, context_words(block)),  # round 16: a long first title too
        heading=list_for_column("capex_opex", standards),
        context_lines=measure_context_lines(block, context_lines(block)),
        category_word=category_reader(standards.lists["cost_category"]),
    )
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
        for measure in MEASURES:
            if measure in item and is_blank(item[measure]):
                del item[measure]
    quarters = {m.month: m.quarter for m in months if m.quarter}
    if quarters:  # round 22: a tracker by quarter only, read by the quarter_amounts reading
        result.items, result.raw_text = by_quarter_reading(result.items, result.raw_text, quarters)
        periods = {len(three) for three in quarters.values()}
        if 3 in periods:
            result.notes.append(quarter_reading_note())
        if 12 in periods:  # round 30: financial years across
            result.notes.append(quarter_reading_note(years=True))
        if 6 in periods:  # round 30's last hour: half years across
            result.notes.append(quarter_reading_note(halves=True))
    store_items("finance", result, project, {}, table, grid, block)


def _named_lines(
    block: TableBlock, grid: Grid, labels: dict[int, Candidate], month_set: set[int]
) -> tuple[str, str] | None:
    """A cost line column of codes only (``1.1``, ``6100``) beside a column of names: the
    names are the line (round 14, ``named_line_column`` in ``finance.py``); ``labels`` is
    changed in place. Returns the two columns' letters, code first."""
    line_col = next((c for c, cand in labels.items() if cand.column_key == "cost_line"), None)
    if line_col is None or not month_set:
        return None
    taken = set(labels) | month_set
    name_col = named_line_column(block, grid, line_col, taken, min(month_set))
    if name_col is None:
        return None
    del labels[line_col]
    labels[name_col] = Candidate("cost_line", 0.8, "(values are the names of the coded lines)")
    return column_letter(line_col), column_letter(name_col)


def _adopt_finance_tidy(
    block: TableBlock,
    grid: Grid,
    classification: Classification,
    tidy: tuple[int, int],
    standards: Standards,
    project: ProjectData,
    table: TableReport,
    table_map: TableMapping,
) -> None:
    """A long export with one row per month, line and measure (round 14, ``tidy_measures``
    in ``finance.py``): each row's amount is the measure its measure cell names."""
    measure_col, amount_col = tidy
    chosen = {
        c: cand
        for c, cand in classification.mappings.get("finance", {}).items()
        if c not in tidy and cand.column_key not in MEASURES
    }
    line_col = tidy_line_column(block, grid, chosen, tidy)
    if line_col is not None:
        chosen[line_col] = Candidate(
            "cost_line",
            0.75,
            "(values are names that, with the month and measure, tell rows apart)",
        )
    report_columns(block, chosen, "finance", table, table_map, False, skip=set(tidy))
    letters = measure_letters(block)
    named = {
        value_measure(cell_text(grid.value(r, measure_col)), letters)
        for r in range(block.first_data_row, block.last_data_row + 1)
        if cell_text(grid.value(r, measure_col))
    }
    one = next(iter(named)) if len(named) == 1 else None
    columns: tuple[tuple[int, str | None, str | None], ...] = (
        (measure_col, "measure", "(Budget / Actual / Forecast of each row)"),
        (amount_col, "amount", "(the amount of the row's measure)"),
    )
    if one is not None:
        # round 40 (ox40): a type column of one measure (a job's planning lines, every one
        # ``Budget``) measures no row apart: the amount column is that measure
        columns = (
            (measure_col, None, None),
            (amount_col, one, f"{one.title()} (every row's type)"),
        )
    for col, target, name in columns:
        cell = block.header_at(col)
        header = cell.full if cell else ""
        note = f"every row's type is {one.title()}: the amounts are the {one}" if one else ""
        table.columns.append(
            ColumnReport(
                column_letter(col),
                header,
                target,
                name,
                0.9 if target else 0.0,
                "measure column",
                note if target is None else "",
            )
        )
    mapping = {c: cand.column_key for c, cand in chosen.items()}
    mapping[amount_col] = "budget"  # read as a number, then moved to the row's measure
    plans = plan_columns(block, grid, "finance", mapping, standards)
    result = build_items(block, grid, "finance", plans)
    dropped = spread_by_measure(result, grid, measure_col, "budget", measure_letters(block))
    for row in dropped:
        said = cell_text(grid.value(row, measure_col))
        why = (
            f"a figure that is no measure ({said!r}: commitments, accruals, a contingency), "
            "no budget, actual or forecast: not counted"
            if other_figure(said)
            else f"a variance ({said!r}), not a measure: worked out from the budget and actual, "
            "not counted"
            if said
            else "no measure (Budget / Actual / Forecast) said"
        )
        result.skipped.append(RowIssue(row, "", why))
    result.notes.append(
        "a long export: each row's amount is the measure its "
        f"{_full(block, measure_col)!r} cell names"
    )
    store_items("finance", result, project, {}, table, grid, block)


def _adopt_finance_across(
    block: TableBlock,
    grid: Grid,
    classification: Classification,
    line_cols: list[int],
    standards: Standards,
    project: ProjectData,
    table: TableReport,
    table_map: TableMapping,
) -> None:
    """A finance table with the months down and one column per cost line across (round 13,
    ``lines_across`` in ``finance.py``): each amount is one Finance line of its row's month
    and its column's cost line."""
    chosen = classification.mappings.get("finance", {})
    month_col = next(c for c, cand in chosen.items() if cand.column_key == "month")
    across = set(line_cols)
    kept = {c: cand for c, cand in chosen.items() if c == month_col}
    report_columns(block, kept, "finance", table, table_map, False, skip=across)
    for col in line_cols:
        cell = block.header_at(col)
        header = cell.full if cell else ""
        if header:
            # saved as the cost line: set to null in the mapping file, the column is left out
            table_map.columns[header] = "cost_line"
        table.columns.append(
            ColumnReport(
                column_letter(col),
                header,
                "cost_line",
                f"Cost Line {cell.text if cell else ''!r} (one line per column)",
                0.9,
                "line axis",
            )
        )
    # round 33's last hour: lines summed in a total column are measured as it names them
    summed = summed_lines(block, grid, chosen)
    result = unpivot_lines_across(
        block,
        grid,
        month_col,
        line_cols,
        # round 34: the sheet's long first title too, as months across read it (round 16):
        # ``Press line retooling - Actual cost by month (JPY, ...)`` names the amounts
        measure_context(block, context_words(block)),
        measure_context_lines(block, context_lines(block)),
        chosen[summed[1]].column_key if summed is not None else None,
    )
    store_items("finance", result, project, {}, table, grid, block)


def _adopt_resources(
    block: TableBlock,
    grid: Grid,
    classification: Classification,
    year_given: tuple[int | None, bool],
    standards: Standards,
    project: ProjectData,
    table: TableReport,
    table_map: TableMapping,
    report: AdoptionReport,
) -> None:
    """A resource plan (round 13, ``addin/adopt/resources.py``): one Resources row per
    role, person and month with days planned."""
    from addin.adopt.resources import unpivot_resources

    months, warning, settings_note = _months_across(block, classification, year_given, grid)
    if settings_note:
        table.notes.append(settings_note)
    if warning:
        table.notes.append(warning)
    chosen = classification.mappings.get("resources", {})
    month_set = {m.col for m in months}
    report_columns(block, chosen, "resources", table, table_map, False, skip=month_set)
    for m in months:
        cell = block.header_at(m.col)
        table.columns.append(
            ColumnReport(
                column_letter(m.col),
                cell.full if cell else "",
                "month",
                f"{m.month:%b %Y} Planned Days",
                0.9,
                "month axis",
            )
        )
    result = unpivot_resources(
        block,
        grid,
        {c: cand.column_key for c, cand in chosen.items()},
        [(m.col, m.month) for m in months],
    )
    report.warnings.extend(f"{block.sheet}: {w}" for w in result.warnings)
    store_items("resources", result, project, {}, table, grid, block)


def _full(block: TableBlock, col: int) -> str:
    cell = block.header_at(col)
    return cell.full if cell is not None else ""


def _month_group(cell: HeaderCell, register_key: str) -> bool:
    """Round 32: a tracker's measure under a month written as text (``Aug 2026`` over
    ``Budget | Actual``), or a month under its measure (``Actual`` over ``Mar-26``), as a
    month's date over it already was: an empty one is a month still to come, not a
    misfit."""
    from addin.adopt.dates import month_period

    return (
        register_key == "finance"
        and bool(cell.group.strip())
        and any(month_period(t.strip()) is not None for t in (cell.group, cell.text))
    )
