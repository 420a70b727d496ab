"""Adoption end to end: a legacy workbook (any host) -> standard project data + report.

:func:`adopt_host` reads through the :class:`~addin.host.WorkbookHost` interface, so the
ribbon runs it on the open workbook and the CLI on a file. It never writes to the source.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from pydantic import ValidationError

from addin import layout
from addin.adopt import long_plans, periods_down, turned_mapping
from addin.adopt.classify import (
    ADOPTED_REGISTERS,
    Classification,
    classify,
)
from addin.adopt.colours import apply_colours, package_path
from addin.adopt.continued_sheets import continued_from, join_continued
from addin.adopt.convert import list_for_column
from addin.adopt.copies import earlier_copies
from addin.adopt.currency import (
    currency_in_notes,
    currency_of,
    currency_of_money_labels,
    currency_of_money_values,
    currency_of_price_lines,
    currency_of_unit_lines,
    formats_currency,
    legend_currencies,
)
from addin.adopt.detect import (
    TableBlock,
    block_from_range,
    find_tables,
    merge_known_tables,
)
from addin.adopt.direction_headings import direction_from_headings
from addin.adopt.eras import eras_where, written_eras
from addin.adopt.formula_columns import note_uncomputed
from addin.adopt.grid import Grid, cell_text
from addin.adopt.heading_dates import date_from_headings
from addin.adopt.hidden import hidden_of, note_hidden
from addin.adopt.kind_summaries import leave_out_kind_summaries
from addin.adopt.mapping_file import AdoptionMapping, TableMapping
from addin.adopt.mapping_fit import (
    ROW_SEARCH,
    columns_now,
    find_renamed_sheets,
    header_row_now,
    sheets_new_since,
)
from addin.adopt.match import CERTAIN
from addin.adopt.project import (
    LABEL_LENGTH,
    RAG_FIELDS,
    TOP_ROWS,
    find_project_fields,
    suggest_project_id,
)
from addin.adopt.readings import ValueReadings, recording, using
from addin.adopt.recorded import (
    allowed_values,
    holds_only_lists,
    list_source_areas,
    note_recorded,
)
from addin.adopt.register_names import source_named
from addin.adopt.report import AdoptionReport, TableReport
from addin.adopt.settings_sheet import settings_lines, settings_read
from addin.adopt.shapes import TransposedRegion, form_blocks, transposed_regions
from addin.adopt.sheet_xml import read_facts
from addin.adopt.side_blocks import split_side_blocks
from addin.adopt.spacers import join_across_spacers
from addin.adopt.split import (
    AdoptedTable,
    category_from_headings,
    note_split_registers,
    renumber_across_tables,
    status_from_headings,
)
from addin.adopt.structure import NamedTables, host_names, name_blocks
from addin.adopt.synonyms import MEASURES
from addin.adopt.tables import adopt_block
from addin.adopt.titled_lines import titled_line
from addin.adopt.transposed import in_source_terms, names_its_items, region_from, view
from addin.cells import address, column_index, column_letter, parse_range
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


#: Words of a table note saying its dates were read by a guess a person should check.
DATE_GUESS_NOTES = ("ambiguous text dates", "text dates disagree", "fiscal periods")


@dataclass
class _FoundTable:
    """One table of a sheet: where it is, the mapping-file entry for it, what it is."""

    block: TableBlock
    spec: TableMapping | None
    classification: Classification | None = None

    @property
    def is_register(self) -> bool:
        return self.spec is not None or (
            self.classification is not None and self.classification.register is not None
        )


def turned_finance(found: _FoundTable, grid: Grid) -> bool:
    """Round 33: a table the direct reading leaves out that reads as a finance tracker with
    its periods down (:func:`periods_down.turn`: a contractor's valuations, one row per
    period, the trades across) names the project's currency in its title as a finance
    table does (``Contractor valuations (CAD, this period)``): the project's fields are
    read before the tables are, so the turn is asked here."""
    if found.classification is not None and found.classification.register is not None:
        return False
    try:
        return periods_down.turn(found.block, grid) is not None
    except Exception:  # one odd table never stops the others
        return False


def adopt_host(
    host: WorkbookHost,
    standards: Standards,
    *,
    mapping: AdoptionMapping | None = None,
    project_overrides: dict[str, object] | None = None,
    year_hint: int | None = None,
) -> Adoption:
    """Find, classify, map and convert every register table of ``host`` (see docs/adopt.md).

    The steps, in order: read every sheet; find the tables (or take them from the mapping
    file); classify each; read the project details around them; adopt each table; set the
    project header (source, then overrides); gather the warnings. The value readings of
    ``mapping`` (or the defaults) apply throughout and are stated in the report."""
    readings = (mapping.readings if mapping else ValueReadings()).with_standards(standards)
    run = _Run(host, standards, mapping, year_hint)
    stem = host.path.stem if host.path else host.name.rsplit(".", 1)[0]
    with using(readings), source_named(stem, host.sheet_names()):
        fills = {name: sheet.fills for name, sheet in run.facts.sheets.items()}
        grids, colours = apply_colours(run.read_sheets(), fills, readings.colours)
        run.grids = {grid.name: grid for grid in grids}
        for grid in grids:  # round 27: crossed-out rows (``deleted_rows.py``)
            grid.struck = run.facts.of(grid.name).struck
        if run.mapping is not None:  # round 23: a renamed sheet found by its table's headers
            run.mapping, moved, unfit = find_renamed_sheets(run.mapping, grids)
            run.report.warnings.extend(moved)
            run.report.misfit(unfit)
        if run.mapping is None:  # round 23's last hour: a report copied each month
            history = earlier_copies(grids)
            run.report.left_out_sheets.extend(history.items())
            grids = [g for g in grids if g.name not in history]
        # round 19: a sheet writing "民國115年" somewhere reads its bare "115/01/15" so too,
        # one writing "令和8年" its "R8.1.15"
        written = {grid.name: sheet_eras(grid) for grid in grids}
        found = {}
        for grid in grids:
            with eras_where(written[grid.name]):
                found[grid.name] = run.find_tables(grid)
        header_values = run.read_project_fields(grids, found)
        year = run.year_of(header_values)
        # round 29: a hand-built tool's settings sheet (``Control``: ``Financial Year |
        # FY2026/27``) is read by its finance tables when their titles say nothing
        registers = {name for name, tables in found.items() if any(t.is_register for t in tables)}
        with settings_read(settings_lines(grids, registers)):
            for grid in grids:
                with eras_where(written[grid.name]):
                    run.adopt_sheet(grid, found[grid.name], year)
        run.join_continued_sheets(found, year)  # round 28: `Risks (cont.)`
        leave_out_kind_summaries(run.adopted, run.project)  # round 30's last hour
        renumber_across_tables(run.adopted, run.project)
        note_split_registers(run.adopted, run.project, standards)
        status_from_headings(run.adopted, run.project, standards)
        category_from_headings(run.adopted, run.project, standards)
        direction_from_headings(run.adopted, run.project, standards)  # round 40: bands
        date_from_headings(run.adopted, run.project)  # round 28: `Meeting of 20/01/2026`
        run.set_project_header(header_values, project_overrides)
        run.gather_warnings()
        run.named.note(run.report)
        if run.mapping is not None:
            run.report.warnings.extend(sheets_new_since(run.mapping, run.report.adopted_tables))
        note_hidden(run.report, hidden_of(run.facts))
        # round 29: formula columns with no value saved (``formula_columns.py``)
        note_uncomputed(run.report, run.facts, run.grids, run.used)
        note_recorded(run.report, run.facts, run.allowed)
    run.report.readings = readings.describe() + colours.lines
    run.report.warnings.extend(colours.unread)
    run.used.readings = readings
    return Adoption(project=run.project, report=run.report, mapping=run.used, raw_cells=run.raw)


class _Run:
    """The state of one adoption, filled step by step by :func:`adopt_host`."""

    def __init__(
        self,
        host: WorkbookHost,
        standards: Standards,
        mapping: AdoptionMapping | None,
        year_hint: int | None,
    ) -> None:
        self.host, self.standards, self.mapping = host, standards, mapping
        self.year_hint = year_hint
        self.report = AdoptionReport(source=host.name)
        self.project = ProjectData()
        self.used = AdoptionMapping(source=host.name)
        self.raw: dict[tuple[str, int, str], str] = {}
        self.seen_tables: dict[int, str] = {}
        self.names = host_names(host)
        self.named = NamedTables()
        #: what Excel records besides values, every sheet's XML read once (round 11)
        self.facts = read_facts(package_path(host))
        self.grids: dict[str, Grid] = {}  # every sheet read, for dropdown lists on another
        self.allowed: dict[tuple[str, int, int], dict[int, list[str]]] = {}
        self.adopted: list[AdoptedTable] = []  # each adopted table and its items' places
        self.transposed_specs: dict[str, list[TableMapping]] = {}  # round 17
        self.turned_specs: dict[str, list[TableMapping]] = {}  # round 25's last hour
        self.list_areas: dict[str, list[tuple[int, int, int, int]]] | None = None

    def _block_as_mapped(
        self, grid: Grid, spec: TableMapping, specs: list[TableMapping]
    ) -> TableBlock:
        """A mapped table where it is in this file (round 23, :mod:`addin.adopt.mapping_fit`):
        its header row where its headers are now, its columns as wide as that row runs."""
        if spec.register is None:
            return _block_from_mapping(grid, spec)
        where = f"{grid.name}!{spec.first_column}{spec.header_row}"
        row = header_row_now(grid, spec)
        if row is None:
            self.report.misfit(
                [
                    f"{where}: the mapping file's header row {spec.header_row} no longer holds "
                    f"the table's headers ({', '.join(repr(h) for h in list(spec.columns)[:4])}"
                    f"...), nor does a row within {ROW_SEARCH} of it; read from row "
                    f'{spec.header_row} as the mapping says; fix: set "header_row" to the '
                    "row of the headers, or adopt without the mapping file"
                ]
            )
            return _block_from_mapping(grid, spec)
        others = {
            c
            for o in specs
            if o is not spec and o.last_column
            for c in range(column_index(o.first_column), column_index(o.last_column) + 1)
        }
        first, last = columns_now(grid, spec, row, others)
        below = {  # the header rows of the sheet's other mapped tables below, in its columns
            r
            for o in specs
            if o is not spec and _overlaps(o, first, last)
            if (r := header_row_now(grid, o) or o.header_row) > row
        }
        if row != spec.header_row:
            self.report.warnings.append(
                f"{where}: the table's headers are on row {row} now, not {spec.header_row} "
                f"(rows inserted or deleted above); read from row {row}; fix: set "
                f'"header_row": {row} in the mapping file (the saved mapping does)'
            )
        return block_from_range(grid, row, first, last, stop_rows=below)

    def read_sheets(self) -> list[Grid]:
        """Every readable sheet; an unreadable one is listed and the rest go on."""
        grids: list[Grid] = []
        for sheet in self.host.sheet_names():
            try:
                grid = Grid(self.host.read_sheet(sheet))
            except Exception as exc:  # one unreadable sheet never stops the rest
                self.report.left_out_sheets.append(
                    (sheet, f"could not be read ({type(exc).__name__}: {exc})")
                )
                continue
            grids.append(grid)
            if grid.sheet.truncated:
                self.report.warnings.append(
                    f"sheet {sheet!r} is larger than the reader's bound; only its first part was read"
                )
        return grids

    def find_tables(self, grid: Grid) -> list[_FoundTable]:
        """The sheet's tables: as the mapping file says, else detected, each classified."""
        specs = self.mapping.for_sheet(grid.name) if self.mapping else []
        # round 17: a transposed table the file names is turned and read when the sheet is
        self.transposed_specs[grid.name] = [s for s in specs if s.transposed]
        # round 25's last hour: a tracker read turned is turned and read again when it fits
        self.turned_specs[grid.name] = [s for s in specs if s.turned]
        specs = [s for s in specs if not s.transposed and not s.turned]
        if specs or self.transposed_specs[grid.name] or self.turned_specs[grid.name]:
            found = [_FoundTable(self._block_as_mapped(grid, spec, specs), spec) for spec in specs]
        else:
            recorded = self.facts.of(grid.name).header_rows()
            # round 14: a register's parts across spacer columns are one table
            detected = join_across_spacers(
                grid,
                find_tables(grid, recorded),
                lambda b: classify(b, grid, self.standards),
            )
            # round 28: measure blocks side by side whose spacer was filled are cut again
            detected = split_side_blocks(grid, detected)
            blocks = merge_known_tables(grid, _excel_tables(self.host, grid), detected)
            name_blocks(grid.name, blocks, *self.names, self.named)
            found = [_FoundTable(b, None) for b in blocks]
        for table in found:
            block = table.block
            block.allowed = allowed_values(block, self.facts, self.grids)
            if block.allowed:
                self.allowed[(grid.name, block.header_row, block.first_col)] = block.allowed
            if table.spec is None and holds_only_lists(block, grid, self._lists(grid.name)):
                table.classification = Classification(  # round 29's last hour
                    None,
                    0.0,
                    "not a register table (the choices of the workbook's drop-down lists, "
                    "not items: every value under its header is a list's value)",
                )
                continue
            try:
                table.classification = classify(table.block, grid, self.standards)
            except Exception:  # classified again (and reported) when adopted
                continue
        return found

    def _list_areas(self) -> dict[str, list[tuple[int, int, int, int]]]:
        """Where the drop-down lists of the workbook take their values, per sheet: read once,
        asked by the tables' classification and by the project fields."""
        if self.list_areas is None:
            self.list_areas = list_source_areas(self.facts, self.grids)
        return self.list_areas

    def _lists(self, sheet: str) -> list[tuple[int, int, int, int]]:
        """Where the drop-down lists of the workbook take their values on ``sheet``."""
        return self._list_areas().get(sheet, [])

    def _unlisted_currency(self, grids: list[Grid], found: dict[str, list[_FoundTable]]) -> None:
        """Round 29: a finance table whose title names a currency the standards' list does not
        hold (``(NZD 000s)``, ``ZAR '000``) gives no currency, and the report says so, naming
        it, so a person adds it to the list or sets the currency by hand (the amounts are
        read all the same)."""
        from addin.adopt import cldr

        listed = {c.upper() for c in self.standards.lists["currency"]}
        every = sorted(cldr.currency_codes() | listed)
        grid_of = {g.name: g for g in grids}
        for name, tables in found.items():
            for t in tables:
                kind = t.classification.register if t.classification else None
                if kind != "finance" or name not in grid_of:
                    continue
                # round 35: the one amount column's header (``Net (NZD)``) states it too,
                # as the listed currencies are read (:func:`_amount_columns`)
                said = currency_of(t.block, grid_of[name], every, _amount_columns(t.classification))
                if said is None or said[0].upper() in listed:
                    continue
                code, where = said
                self.report.warnings.append(
                    f"{where} names the currency {code}, which is not one of the standards' "
                    f"currencies ({', '.join(sorted(listed))}): not read; the project's "
                    "currency is left empty (the amounts are read as written); add it to the "
                    "standards' currency list, or set it by hand"
                )
                return

    def _formats_currency(
        self, grids: list[Grid], found: dict[str, list[_FoundTable]]
    ) -> dict[str, tuple[str, str]]:
        """``{"currency": (code, where)}`` from the first finance table whose amounts'
        number format shows one currency (:func:`formats_currency`), else empty."""
        grid_of = {g.name: g for g in grids}
        for name, tables in found.items():
            for t in tables:
                kind = t.classification.register if t.classification else None
                if name not in grid_of or not (
                    kind == "finance" or turned_finance(t, grid_of[name])
                ):
                    continue
                said = formats_currency(
                    t.block,
                    grid_of[name],
                    self.standards.lists["currency"],
                    _amount_columns(t.classification),
                )
                if said is not None:
                    return {"currency": said}
        return {}

    def read_project_fields(
        self, grids: list[Grid], found: dict[str, list[_FoundTable]]
    ) -> dict[str, Any]:
        """Project details from title blocks and cover sheets, never from inside a register
        table nor from a table's inner columns (a stakeholder list's "Sponsor | Finance" is
        not the project sponsor); a label in the first column of a two-column list is fine."""
        areas: dict[str, list[tuple[int, int, int, int]]] = {}
        registers: dict[str, list[tuple[int, int, int, int]]] = {}  # round 23: RAG strips
        for name, tables in found.items():
            for t in tables:
                b = t.block
                top = min(b.header_rows or (b.header_row,))
                bottom = max(b.last_data_row, b.header_row)
                first = b.first_col if t.is_register else b.first_col + 1
                areas.setdefault(name, []).append((top, first, bottom, b.last_col))
                if t.is_register:
                    registers.setdefault(name, []).append((top, b.first_col, bottom, b.last_col))
        # round 29: a drop-down's list (a tool's hidden ``Lists`` sheet) is no project detail
        for sheet, lists in self._list_areas().items():
            areas.setdefault(sheet, []).extend(lists)
        rag = list_for_column("rag", self.standards)
        # round 30: a RAG word read other than as itself (a delivery confidence's five
        # colours: ``Amber/Green`` -> Amber) is a reading the mapping file states (its list
        # words, ``"rag"``), so a PMO who reads Amber/Green as Green changes one line
        with recording():
            fields = find_project_fields(grids, areas, rag, registers)
        if "currency" not in fields:
            grid_of = {g.name: g for g in grids}
            for name, tables in found.items():
                for t in tables:
                    kind = t.classification.register if t.classification else None
                    said = (
                        currency_of(
                            t.block,
                            grid_of[name],
                            self.standards.lists["currency"],
                            _amount_columns(t.classification),
                            by_format=False,
                        )
                        if name in grid_of
                        and (kind == "finance" or turned_finance(t, grid_of[name]))
                        else None
                    )
                    if said is not None and "currency" not in fields:
                        fields["currency"] = said
            finance = any(
                t.classification is not None and t.classification.register == "finance"
                for tables in found.values()
                for t in tables
            )
            if "currency" not in fields and finance:  # round 16: a summary sheet's note
                for g in grids:
                    if found.get(g.name):
                        continue
                    notes = [
                        cell_text(g.value(r, c))
                        for r in range(1, min(g.n_rows, 20) + 1)
                        for c in range(1, min(g.n_cols, 10) + 1)
                        if isinstance(g.value(r, c), str)
                    ]
                    code = currency_in_notes(notes, self.standards.lists["currency"])
                    if code is not None:
                        fields["currency"] = (code, f"{g.name} sheet, its notes")
                        break
        if "currency" not in fields:  # round 26's last hour: `Total Budget (USD):`
            said = currency_of_money_labels(
                _labels_outside(grids, areas), self.standards.lists["currency"]
            )
            if said is not None:
                fields["currency"] = said
        if "currency" not in fields:  # round 29's last hour: `Budget: | € 1.250.000`
            said = currency_of_money_values(
                _label_values_outside(grids, areas), self.standards.lists["currency"]
            )
            if said is not None:
                fields["currency"] = said
        if "currency" not in fields:  # round 31: a report's line `All figures in GBP`
            said = currency_of_unit_lines(
                _labels_outside(grids, areas), self.standards.lists["currency"]
            )
            if said is not None:
                fields["currency"] = said
        if "currency" not in fields:  # round 35 (t38a): `fixed price EUR 480,000 excl. VAT`
            said = currency_of_price_lines(
                _labels_outside(grids, areas, length=PRICE_LINE_LENGTH),
                self.standards.lists["currency"],
            )
            if said is not None:
                fields["currency"] = said
        if "currency" not in fields:
            # red team of round 37 (rt37): the amounts' number format (``"£"#,##0``, px41)
            # is read last, after every currency the workbook states in words: a template's
            # style in pounds does not outvote ``Total Budget (USD):`` or another table's title
            fields.update(self._formats_currency(grids, found))
        # round 36 (ox36): a legend naming several currencies (``Currency: EUR`` and
        # ``Currency: USD`` rows) names no project currency: none is taken, the report says why
        legend = legend_currencies(_labels_outside(grids, areas), self.standards.lists["currency"])
        if len(legend) > 1:
            fields.pop("currency", None)
            self.report.warnings.append(
                f"project currency not set: the title block's currency labels name "
                f"{', '.join(legend)}; name the project's one currency in the mapping file"
            )
        elif "currency" not in fields:  # round 29: a currency the standard does not list
            self._unlisted_currency(grids, found)
        fields = self._rag_fields_read(fields)
        fields = self._stage_read(fields)
        self.report.project_fields = {
            k: f"{cell_text(v)} (from {where})" for k, (v, where) in fields.items()
        }
        return {k: v for k, (v, _) in fields.items()}

    def _rag_fields_read(self, fields: dict[str, tuple[Any, str]]) -> dict[str, tuple[Any, str]]:
        """Round 20: a status block's RAG (``Schedule: G``, ``Overall: yellow``) read as the
        standard's RAG word, as a RAG column's values are (the reading recorded and stated);
        a value that is no RAG word is kept as written."""
        read = list_for_column("rag", self.standards)
        out = dict(fields)
        for key in RAG_FIELDS:
            if key in out and isinstance(out[key][0], str):
                converted = read(out[key][0])
                if converted.problem is None and converted.value is not None:
                    out[key] = (converted.value, out[key][1])
        return out

    def _stage_read(self, fields: dict[str, tuple[Any, str]]) -> dict[str, tuple[Any, str]]:
        """Round 39 (t48b): a title block's stage (``Etapa: Ejecución``, ``Phase:
        Execution``) read as the standard's stage word, as a RAG is; a value that is no
        stage word is kept as written."""
        if "stage" not in fields or not isinstance(fields["stage"][0], str):
            return fields
        converted = list_for_column("stage", self.standards)(fields["stage"][0])
        if converted.problem is not None or converted.value is None:
            return fields
        return {**fields, "stage": (converted.value, fields["stage"][1])}

    def year_of(self, header_values: dict[str, Any]) -> tuple[int | None, bool]:
        """The year for month headers without one: given, else the project's start or
        report date (and whether it was given)."""
        if self.year_hint is not None:
            return self.year_hint, True
        for key in ("start_date", "report_date"):
            value = header_values.get(key)
            if value is not None and hasattr(value, "year"):
                return value.year, False
        return None, False

    def adopt_sheet(
        self, grid: Grid, tables: list[_FoundTable], year: tuple[int | None, bool]
    ) -> None:
        """Adopt each table of one sheet (a copy of an adopted table once) and list the
        values outside every table."""
        mapped_sheet = bool(self.mapping and self.mapping.for_sheet(grid.name))
        if not mapped_sheet:
            self._prefer_turned(grid, tables)
        registers = [t.block for t in tables if t.is_register]
        # round 17: a transposed table is turned and read as the table it is; one the turned
        # reading does not adopt is listed with the fix, as round 11 listed every one
        read: list[TableBlock] = []
        given = self.transposed_specs.get(grid.name, [])
        for spec in given:
            region = region_from(grid, spec.header_row, spec.first_column)
            if region is not None and self._adopt_transposed(grid, region, year, spec):
                read.append(_region_block(grid.name, region))
            else:
                said = (
                    f"{spec.first_column}{spec.header_row}: the mapping file's transposed table "
                    f"(fields down column {spec.first_column} from row {spec.header_row}, one "
                    "item per column) could not be read there: not adopted; check that the "
                    "fields still start there, or adopt without the mapping file"
                )
                self.report.left_out_sheets.append((grid.name, said))
                self.report.warnings.append(f"{grid.name}!{said}")
        for spec in self.turned_specs.get(grid.name, []):
            taken = {
                c
                for t in tables
                for c in range(t.block.first_col, t.block.last_col + 1)
                if t.block.header_row == spec.header_row
            }
            turned_block = self._adopt_turned_spec(grid, spec, year, taken)
            if turned_block is not None:
                read.append(turned_block)
        regions = (
            []
            if given or (self.mapping and self.mapping.for_sheet(grid.name))
            else (transposed_regions(grid, registers))
        )
        unread = [r.said for r in regions if not self._adopt_transposed(grid, r, year)]
        read += [_region_block(grid.name, r) for r in regions if r.said not in unread]
        shapes = form_blocks(grid, registers) + unread
        tables = [  # the same cells read as rows: no table of their own
            t
            for t in tables
            if t.is_register
            or not any(
                b.header_row <= t.block.header_row <= b.last_data_row
                and b.first_col <= t.block.first_col <= b.last_col
                for b in read
            )
        ]
        for said in shapes:  # registers laid out otherwise than by rows (round 11)
            self.report.left_out_sheets.append((grid.name, said))
            self.report.warnings.append(f"{grid.name}!{said}")
        if not tables and read:
            return
        if not tables:
            why = "no table found (no header row over data)" if grid.n_rows else "empty sheet"
            if not shapes:
                self.report.left_out_sheets.append((grid.name, why))
            return
        for found in tables:
            marks = (len(self.project.finance), len(self.used.tables), len(self.adopted))
            self._adopt_table(grid, found, year)
            if found.spec is None and self._lost_its_lines(self.report.tables[-1], marks[0]):
                self._adopt_turned_down(grid, found.block, year, marks)
            if found.spec is None and not self.report.tables[-1].adopted:
                self._adopt_long_plan(grid, found.block, year, marks[1])
            self._line_from_title(found.block, marks[0])
        totals = _excel_totals_rows(self.host, grid)  # round 29: a Table's totals row
        for first, last, c1, c2 in totals:
            _note_totals_row(self.report.tables, grid.name, first, last, c1, c2)
        furniture = [TableBlock(grid.name, a, c1, c2, a + 1, b, []) for a, b, c1, c2 in totals]
        outside = _outside_rows(grid, [t.block for t in tables] + read + furniture)
        if outside:
            self.report.left_out_sheets.append(
                (grid.name, f"{outside} hold values outside every table found; not adopted")
            )

    def _line_from_title(self, block: TableBlock, first_item: int) -> None:
        """Round 39 (t49b): a finance block whose rows have no cost line, under a line
        naming it (``Aktivitet: 3.1 Markarbeten``): that line's name is each row's line
        (:mod:`addin.adopt.titled_lines`)."""
        table = self.report.tables[-1]
        items = self.project.finance[first_item:]
        if table.register != "finance" or not items or any(i.cost_line for i in items):
            return
        named = titled_line(block)
        if named is None:
            return
        line, text = named
        for item in items:
            item.cost_line = line
        table.notes.append(
            f"cost line {line!r} taken from the line above the table ({text!r}): the table "
            "has no cost line column, and that line names the one line its rows are of"
        )

    def _lost_its_lines(self, table: TableReport, first_item: int) -> bool:
        """Round 25: the direct reading left the table out, or read it as finance without a
        cost line on any row (a tracker's lines across read as one unnamed line)."""
        if not table.adopted:
            return True
        items = self.project.finance[first_item:]
        return table.register == "finance" and bool(items) and not any(i.cost_line for i in items)

    def _adopt_turned_down(
        self,
        grid: Grid,
        block: TableBlock,
        year: tuple[int | None, bool],
        marks: tuple[int, int, int],
    ) -> None:
        """Round 25: a table the direct reading left out (or read without its cost lines)
        that is a finance tracker with its periods down is read as the same tracker turned
        across (:mod:`addin.adopt.periods_down`); kept only when the turned table is adopted
        as finance, when it replaces the direct reading (its report entry and items)."""
        try:
            turned = periods_down.turn(block, grid)
            found = periods_down.turned_block(turned) if turned is not None else None
            direct = len(self.project.finance) - marks[0]
            read = (
                self._adopt_turned_as(
                    turned.grid, found, "finance", self.project.finance, year, direct
                )
                if turned is not None and found is not None
                else None
            )
        except Exception:  # one odd table never stops the others: it stays left out
            return
        if turned is None or read is None:
            return
        table, n_tables, n_adopted, n_items = read
        # the turned table's mapping fits no source: the entry records the source table and
        # the turn (round 25's last hour), in place of the direct reading's
        turned_items = self.project.finance[n_items:]
        del self.project.finance[marks[0] :]
        self.project.finance.extend(turned_items)
        del self.used.tables[marks[1] :]
        turned_entry = self.adopted[n_adopted:]
        del self.adopted[marks[2] :]
        for entry in turned_entry:  # its items now start where the direct reading's did
            shift = n_items - marks[0]
            entry.items = {
                k: range(r.start - shift, r.stop - shift) if k == "finance" else r
                for k, r in entry.items.items()
            }
        self.adopted.extend(turned_entry)
        periods_down.in_source_terms(table, turned, block, grid)
        self.used.tables.append(turned_mapping.record_down(block, turned, table))
        self.report.tables[n_tables - 1 : n_tables + 1] = [table]

    def _adopt_long_plan(
        self, grid: Grid, block: TableBlock, year: tuple[int | None, bool], first_map: int
    ) -> None:
        """Round 25: a table the direct reading left out that is a resource plan written
        long (one row per person and period) is read as the same plan written wide
        (:mod:`addin.adopt.long_plans`); kept only when the wide plan is adopted as
        resources, when it replaces the table's "left out" entry in the report."""
        try:
            turned = long_plans.turn(block, grid)
            blocks = (
                [b for b in find_tables(turned.grid) if b.header_row == turned.header_row]
                if turned is not None
                else []
            )
            read = (
                self._adopt_turned_as(
                    turned.grid, blocks[0], "resources", self.project.resources, year
                )
                if turned is not None and blocks
                else None
            )
        except Exception:  # one odd table never stops the others: it stays left out
            return
        if turned is None or read is None:
            return
        table, n_tables = read[0], read[1]
        del self.used.tables[first_map:]  # the wide plan's and the left-out entry: the entry
        long_plans.in_source_terms(table, turned, block)  # records the source and the turn
        self.used.tables.append(turned_mapping.record_long(block, turned, table))
        self.report.tables[n_tables - 1 : n_tables + 1] = [table]

    def _adopt_turned_as(
        self,
        turned_grid: Grid,
        found: TableBlock,
        register: str,
        items: list[Any],
        year: tuple[int | None, bool],
        direct_rows: int = 0,
    ) -> tuple[TableReport, int, int, int] | None:
        """A turned table (periods down turned across, a long plan turned wide) adopted as
        ``register``: its report entry, and the report's, adopted entries' and ``items``'
        lengths before it; None, with everything it added taken back, when it is not read
        as that register (then the direct reading stands). Round 37 (ox37): also None when
        it reads no row where the direct reading read ``direct_rows`` (one or more): a
        payment certificates log's figures turned into lines (gross, retention, previous
        certificates, amount certified: each a total or a payment summary, no cost line)
        leave nothing, and the table was adopted with no rows."""
        classification = classify(found, turned_grid, self.standards)
        if classification.register != register:
            return None
        n_tables, n_maps = len(self.report.tables), len(self.used.tables)
        n_adopted, n_items = len(self.adopted), len(items)
        self._adopt_table(turned_grid, _FoundTable(found, None, classification), year)
        new = self.report.tables[n_tables:]
        if not new or new[0].register != register or (direct_rows and len(items) == n_items):
            del self.report.tables[n_tables:]
            del self.used.tables[n_maps:]
            del self.adopted[n_adopted:]
            del items[n_items:]
            return None
        return new[0], n_tables, n_adopted, n_items

    def _adopt_turned_spec(
        self,
        grid: Grid,
        spec: TableMapping,
        year: tuple[int | None, bool],
        taken: set[int],
    ) -> TableBlock | None:
        """Round 25's last hour: a tracker the mapping file records as read turned
        (:mod:`addin.adopt.turned_mapping`) is found where its headers are, checked against
        the recorded turn, and read turned as it was; one that no longer fits is refused (a
        misfit naming file, sheet, cell and fix), never read otherwise. The block read, or
        None when refused."""
        source = self.host.name
        block = turned_mapping.locate(grid, spec, taken)
        why = turned_mapping.why_unfit(
            grid, block or turned_mapping.as_recorded(grid, spec), spec, source
        )
        if block is None and why is None:
            why = (
                f"{source}: {grid.name}!{spec.first_column}{spec.header_row}: the mapping "
                f"file's turned table ({(spec.turned or {}).get('shape')}) has its headers on "
                f"no row near row {spec.header_row} now: not adopted; {turned_mapping.FIX}"
            )
        if block is None or why is not None:
            self.report.misfit([why or ""])
            self.report.left_out_sheets.append((grid.name, why or ""))
            return None
        self.report.tables.append(
            TableReport(
                grid.name,
                block.ref,
                block.header_row,
                None,
                reason="the mapping file's turned table: its turned reading adopted no register",
            )
        )
        marks = (len(self.project.finance), len(self.used.tables), len(self.adopted))
        if (spec.turned or {}).get("shape") == turned_mapping.PERIODS_DOWN:
            self._adopt_turned_down(grid, block, year, marks)
        else:
            self._adopt_long_plan(grid, block, year, marks[1])
        table = self.report.tables[-1]
        if not table.adopted:
            self.report.misfit([f"{source}: {grid.name}!{block.ref}: {table.reason}"])
        elif (changed := turned_mapping.unit_changed(spec, table)) is not None:
            self.report.warnings.append(changed)
        return block

    def _prefer_turned(self, grid: Grid, tables: list[_FoundTable]) -> None:
        """Round 17: a register read as rows over a transposed table (``Decision | Use
        vendor A | Delay go-live`` read as a header) is no register when the table turned
        reads more of its fields for certain (three or more) than the rows do: it is left
        for the turned reading."""
        for region in transposed_regions(grid, []):
            area = _region_block(grid.name, region)
            for table in tables:
                c = table.classification
                if table.spec is not None or c is None or c.register is None:
                    continue
                b = table.block
                if not (
                    area.header_row <= b.header_row <= area.last_data_row
                    and area.first_col <= b.first_col <= area.last_col
                ):
                    continue
                as_rows = _certain_fields(c)
                turned = self._turned_fields(grid, region)
                if turned >= 3 and turned > as_rows:
                    table.classification = Classification(
                        None, 0.0, "read transposed instead", c.mappings
                    )

    def _turned_fields(self, grid: Grid, region: TransposedRegion) -> int:
        """How many fields a transposed table's register reads for certain once turned."""
        try:
            turned, header_row = view(grid, region)
            blocks = [b for b in find_tables(turned) if b.header_row == header_row]
            if not blocks:
                return 0
            c = classify(blocks[0], turned, self.standards)
            if c.register is None:
                named = names_its_items(blocks[0], turned, c)
                if named is None:
                    return 0
                c = named
            return _certain_fields(c)
        except Exception:
            return 0

    def _adopt_transposed(
        self,
        grid: Grid,
        region: TransposedRegion,
        year: tuple[int | None, bool],
        spec: TableMapping | None = None,
    ) -> bool:
        """Read a transposed table turned a quarter (round 17, :mod:`addin.adopt.transposed`);
        True when it was adopted as a register. Its report and mapping are put back in the
        source's terms; when it is not adopted nothing of it stays in the report."""
        try:
            return self._read_turned(grid, region, year, spec)
        except Exception:  # one odd region never stops the rest: listed as round 11 did
            return False

    def _read_turned(
        self,
        grid: Grid,
        region: TransposedRegion,
        year: tuple[int | None, bool],
        spec: TableMapping | None,
    ) -> bool:
        turned, header_row = view(grid, region)
        if spec is not None:
            given = replace(
                spec,
                header_row=header_row,
                first_column="A",
                last_column=column_letter(len(region.rows)),
            )
            found = _FoundTable(_block_from_mapping(turned, given), given)
        else:
            blocks = [b for b in find_tables(turned) if b.header_row == header_row]
            if not blocks:
                return False
            classification = classify(blocks[0], turned, self.standards)
            if classification.register is None:
                named = names_its_items(blocks[0], turned, classification)
                if named is None:
                    return False
                classification = named
            found = _FoundTable(blocks[0], None, classification)
        n_tables, n_maps, n_adopted = (
            len(self.report.tables),
            len(self.used.tables),
            len(self.adopted),
        )
        self._adopt_table(turned, found, year)
        new = self.report.tables[n_tables:]
        if not new or not new[0].adopted:
            del self.report.tables[n_tables:]
            del self.used.tables[n_maps:]
            del self.adopted[n_adopted:]
            return False
        in_source_terms(new[0], region, header_row)
        for table_map in self.used.tables[n_maps:]:
            table_map.header_row = region.rows[0]
            table_map.first_column = column_letter(region.col)
            table_map.last_column = column_letter(region.items[-1])
            table_map.transposed = True
        return True

    def join_continued_sheets(
        self, found: dict[str, list[_FoundTable]], year: tuple[int | None, bool]
    ) -> None:
        """Round 28: a table left out on a sheet that continues another's register
        (``Risks (cont.)``) read as that register's further columns, joined by id
        (``continued_sheets.py``); its report says so."""
        names = list(found)
        for i, table in enumerate(self.report.tables):
            base = None if table.adopted else continued_from(table.sheet, names)
            first = next((a for a in self.adopted if a.table.sheet == base), None)
            block = next(
                (
                    f.block
                    for f in found.get(table.sheet, [])
                    if (f.block.header_row, f.block.ref) == (table.header_row, table.ref)
                ),
                None,
            )
            if first is None or block is None:
                continue
            grid = self.grids[table.sheet]
            joined = join_continued(
                block, grid, first, self.grids, self.project, self.standards, year
            )
            if joined is not None:
                self.report.tables[i] = joined

    def _adopt_table(self, grid: Grid, found: _FoundTable, year: tuple[int | None, bool]) -> None:
        block = found.block
        print_ = _fingerprint(grid, block)
        if print_ in self.seen_tables and found.spec is None:
            self.report.tables.append(
                TableReport(
                    block.sheet,
                    block.ref,
                    block.header_row,
                    None,
                    reason=f"a copy of {self.seen_tables[print_]} (same headers and values); adopted once",
                )
            )
            return
        self.seen_tables[print_] = f"{block.sheet}!{block.ref}"
        before = {k: len(getattr(self.project, k)) for k in ADOPTED_REGISTERS}
        try:
            table, table_map = adopt_block(
                block,
                grid,
                found.spec,
                self.standards,
                self.project,
                self.raw,
                year,
                self.report,
                found.classification,
            )
        except Exception as exc:  # one odd table never stops the others
            self.report.tables.append(
                TableReport(
                    block.sheet,
                    block.ref,
                    block.header_row,
                    None,
                    reason=f"could not be adopted ({type(exc).__name__}: {exc}); please report it",
                )
            )
            return
        self.report.tables.append(table)
        self.used.tables.append(table_map)
        if table.adopted:
            self.adopted.append(
                AdoptedTable(
                    table,
                    tuple(c.full.casefold() for c in block.headers if c.text),
                    {k: range(before[k], len(getattr(self.project, k))) for k in before},
                )
            )

    def set_project_header(
        self, header_values: dict[str, Any], project_overrides: dict[str, object] | None
    ) -> None:
        """What the source says, then the mapping file's and the caller's overrides;
        nothing invented silently."""
        overrides = dict(self.mapping.project) if self.mapping else {}
        overrides.update(project_overrides or {})
        given = {k: v for k, v in overrides.items() if v not in (None, "")}
        header_values.update(given)
        for key, value in given.items():
            self.report.project_fields[key] = f"{value} (given)"
        try:
            self.project.header = ProjectHeader(**header_values)
        except ValidationError as exc:
            self.report.warnings.append(f"project details not all usable: {exc.errors()[0]['msg']}")
        if not self.project.header.project_id and self.report.adopted_tables:
            host = self.host
            stem = host.path.stem if host.path else host.name.rsplit(".", 1)[0]
            self.report.warnings.append(
                f"the source has no Project ID; the adopted workbook leaves it empty (pmo check will flag it). "
                f"Give one with --project-id, e.g. {suggest_project_id(stem)!r} (suggested from the file name)"
            )
        self.used.project = given

    def gather_warnings(self) -> None:
        """Dates read by a guess, and nothing adopted at all, as report warnings."""
        for table in self.report.adopted_tables:
            for note in table.notes:
                if any(words in note for words in DATE_GUESS_NOTES):
                    self.report.warnings.append(
                        f"{table.sheet}!{table.ref}: {note}; check a few dates"
                    )
        if not self.report.adopted_tables:
            self.report.warnings.append("no register table was found to adopt")


#: Round 35 (t38a): how long a title block's line stating a price may be (a supplier's
#: name, the contract's kind and its price in one line: ``Studio ... - fixed price EUR
#: 480,000 excl. VAT``), longer than a label.
PRICE_LINE_LENGTH = 120


def _labels_outside(
    grids: list[Grid],
    areas: dict[str, list[tuple[int, int, int, int]]],
    length: int = LABEL_LENGTH,
) -> list[tuple[str, str]]:
    """(text, "Sheet!A10") of each short text in the top rows of every sheet outside its
    tables (the title blocks' labels), for :func:`currency_of_money_labels`."""
    out: list[tuple[str, str]] = []
    for grid in grids:
        inside = areas.get(grid.name, [])
        for row in range(1, min(grid.n_rows, TOP_ROWS) + 1):
            for col in range(1, min(grid.n_cols, 40) + 1):
                value = grid.value(row, col)
                if not isinstance(value, str) or len(value) > length:
                    continue
                if any(r1 <= row <= r2 and c1 <= col <= c2 for r1, c1, r2, c2 in inside):
                    continue
                out.append((value.strip(), f"{grid.name}!{address(row, col)}"))
    return out


def _label_values_outside(
    grids: list[Grid], areas: dict[str, list[tuple[int, int, int, int]]]
) -> list[tuple[str, str, str]]:
    """(label, value, "Sheet!B6") of each label outside the tables in the top rows and the
    text right of it (the next cell, or the one after a blank), for
    :func:`currency_of_money_values` (round 29's last hour)."""
    out: list[tuple[str, str, str]] = []
    for grid in grids:
        inside = areas.get(grid.name, [])
        for row in range(1, min(grid.n_rows, TOP_ROWS) + 1):
            for col in range(1, min(grid.n_cols, 40)):
                label = grid.value(row, col)
                if not isinstance(label, str) or len(label) > LABEL_LENGTH:
                    continue
                if any(r1 <= row <= r2 and c1 <= col <= c2 for r1, c1, r2, c2 in inside):
                    continue
                for right in (col + 1, col + 2):
                    value = grid.value(row, right) if right <= grid.n_cols else None
                    if isinstance(value, str) and value.strip():
                        out.append((label, value.strip(), f"{grid.name}!{address(row, right)}"))
                        break
                    if value is not None:
                        break
    return out


# ---------------------------------------------------------------------------------------


def sheet_eras(grid: Grid) -> frozenset[str]:
    """The national eras a cell of the sheet writes (``民國115年``, ``115年1月``, ``令和8年``):
    their bare forms (``115/01``, ``R8.1.15``) are then read so (:mod:`addin.adopt.eras`)."""
    return written_eras(
        value
        for row in grid.sheet.rows
        for value in row
        if isinstance(value, str) and ("年" in value or "民" in value or "พ" in value)
    )


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
    from addin.adopt.rows import row_ranges

    blocks_out = outside_blocks(grid, blocks, set(rows) - titles)
    where = "; ".join(blocks_out[:6]) + ("; ..." if len(blocks_out) > 6 else "")
    return f"{row_ranges(rows)} ({where})" if where else row_ranges(rows)


def outside_blocks(grid: Grid, blocks: list[TableBlock], rows: set[int]) -> list[str]:
    """The blocks of cells outside every table on ``rows`` (a heat map, a legend, notes
    beside or under a table), each as its range and first text: ``"K3:P8 'L \\ I'"``.
    Cells touching (a blank column or row between counts as touching) make one block."""
    cells: set[tuple[int, int]] = set()
    for row in rows:
        for col in grid.nonblank_cols(row):
            if not any(
                min(b.header_rows or (b.header_row,)) <= row <= max(b.last_data_row, b.header_row)
                and b.first_col <= col <= b.last_col
                for b in blocks
            ):
                cells.add((row, col))
    found: list[tuple[int, int, int, int]] = []
    seen: set[tuple[int, int]] = set()
    for start in sorted(cells):
        if start in seen:
            continue
        seen.add(start)
        todo, part = [start], [start]
        while todo:
            r, c = todo.pop()
            for dr in (-1, 0, 1):
                for dc in (-1, 0, 1):
                    near = (r + dr, c + dc)
                    if near in cells and near not in seen:
                        seen.add(near)
                        todo.append(near)
                        part.append(near)
        found.append(
            (
                min(r for r, _ in part),
                min(c for _, c in part),
                max(r for r, _ in part),
                max(c for _, c in part),
            )
        )
    from addin.cells import address

    out = []
    for r1, c1, r2, c2 in found:
        first = next(
            (
                cell_text(grid.value(r, c))
                for r in range(r1, r2 + 1)
                for c in range(c1, c2 + 1)
                if (r, c) in cells
            ),
            "",
        )
        ref = address(r1, c1) if (r1, c1) == (r2, c2) else f"{address(r1, c1)}:{address(r2, c2)}"
        out.append(f"{ref} {first[:30]!r}")
    return out


def _amount_columns(c: Classification | None) -> frozenset[int]:
    """The columns a finance table's mapping reads as amounts (budget, actual, forecast, an
    amount) and its month columns: where a header's currency is every amount's."""
    if c is None:
        return frozenset()
    amounts = {*MEASURES, "amount"}
    mapped = c.mappings.get("finance", {})
    measures = frozenset(col for col, cand in mapped.items() if cand.column_key in amounts)
    if any(cand.column_key == "month" for cand in mapped.values()):
        # round 35's third wave: a long table (its month in a column, one per row: an
        # invoice log's `Period`) holds no months across; a short header beside its one
        # measure (`GST` after `Fee ex GST (AUD)`) read as a month label is no amount column
        # to outvote the measure's stated currency
        return measures
    return measures | set(c.month_cols)


def _certain_fields(c: Classification) -> int:
    """How many columns a classification maps for certain to its register (or registers)."""
    if c.register is None:
        return 0
    keys = layout.RAID_KEYS if c.register == "raid" else (c.register,)
    return sum(1 for k in keys for m in c.mappings.get(k, {}).values() if m.confidence >= CERTAIN)


def _region_block(sheet: str, region: TransposedRegion) -> TableBlock:
    """A transposed table's cells as a block of the source (their values are no values
    outside every table)."""
    return TableBlock(
        sheet, region.rows[0], region.col, region.items[-1], region.rows[0] + 1, region.rows[-1], []
    )


def _overlaps(spec: TableMapping, first: int, last: int) -> bool:
    """Whether a mapped table's saved columns share a column with ``first``..``last``
    (a table beside another, at another row, does not end it)."""
    own_first = column_index(spec.first_column) if spec.first_column else 1
    own_last = column_index(spec.last_column) if spec.last_column else own_first
    return own_first <= last and first <= own_last


def _block_from_mapping(grid: Grid, spec: TableMapping) -> TableBlock:
    """Rebuild a table from a saved mapping: its header row and columns, rows to the end."""
    first = column_index(spec.first_column) if spec.first_column else 1
    last = column_index(spec.last_column) if spec.last_column else grid.n_cols
    return block_from_range(grid, spec.header_row, first, last)


def _excel_totals_rows(host: WorkbookHost, grid: Grid) -> list[tuple[int, int, int, int]]:
    """The totals rows of the sheet's Excel tables (round 29): (first row, last row, first
    column, last column) of each table that shows one."""
    try:
        infos = [t for t in host.tables() if t.sheet == grid.name and t.totals_rows > 0]
    except Exception:  # a host that cannot list tables: none known
        return []
    out = []
    for info in infos:
        try:
            _r1, c1, r2, c2 = parse_range(info.ref)
        except ValueError:
            continue
        out.append((r2 - info.totals_rows + 1, r2, c1, c2))
    return out


def _note_totals_row(
    tables: list[TableReport], sheet: str, first: int, last: int, c1: int, c2: int
) -> None:
    """Say, in the adopted table the totals row closes, that it is no item."""
    rows = f"row {first}" if first == last else f"rows {first}-{last}"
    for table in tables:
        if table.sheet != sheet or not table.adopted:
            continue
        try:
            r1, t1, r2, t2 = parse_range(table.ref)
        except ValueError:
            continue
        if t1 <= c2 and c1 <= t2 and r1 <= first <= r2 + 2:
            table.notes.append(f"{rows}: the Excel table's totals row, no item (not adopted)")
            return


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
