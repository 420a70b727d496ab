"""Upgrade one standard project workbook's package from template version 1 to the current one.

Only the template's own parts change (SPEC section 15): the Project sheet gains the new
fields' rows and names, tblIterations gains its new column, the 1-5 scale cells become
dropdowns, and ``_pmo`` records the new version. Every other part of the package, and
every other cell, validation, name and attribute of the edited parts, is kept as it is.
Whatever cannot be carried is a *problem*: the caller leaves the file untouched unless
forced (then the problem's piece is left out and the rest is done).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal
from xml.sax.saxutils import quoteattr

from addin import layout, template_versions
from addin.cells import column_letter, parse_range
from addin.reading.project_reader import header_key
from addin.standards import Standards
from addin.upgrade.burnup_part import add_burnup, plan_burnup
from addin.upgrade.package import Package
from addin.upgrade.sheet_xml import (
    Row,
    SheetXml,
    attrs,
    blank_cell,
    covers,
    inline_string_cell,
    number_cell,
    set_attr,
    sqref_cells,
)
from addin.upgrade.template_source import (
    SCALE_COLUMNS,
    SCALE_FIELDS,
    NewColumn,
    TemplatePieces,
    cell_text,
    pieces_for,
)
from addin.upgrade.workbook_xml import add_defined_names, defined_names, quoted_sheet, sheet_parts
from addin.version import TEMPLATE_ID, TEMPLATE_VERSION

Status = Literal["upgraded", "current", "refused", "failed"]

#: Rows below a table's header that get the template's validations when none are there.
VALIDATED_ROWS = 500
LABEL_COLUMNS = 8


class Refusal(Exception):
    """The file cannot be upgraded at all (not a project workbook, a newer version...)."""


@dataclass
class Outcome:
    """What upgrading one package did, or would do."""

    from_version: int | None = None
    to_version: int | None = None
    status: Status = "upgraded"
    problems: list[str] = field(default_factory=list)  # what cannot be carried
    notes: list[str] = field(default_factory=list)  # what was kept or placed differently
    changed_parts: list[str] = field(default_factory=list)


@dataclass
class _Sheet:
    name: str
    part: str
    xml: SheetXml


class _Upgrade:
    def __init__(self, package: Package, standards: Standards, pieces: TemplatePieces) -> None:
        self.package = package
        self.standards = standards
        self.pieces = pieces
        self.parts = sheet_parts(package)
        self.names = defined_names(package)
        self.strings = package.shared_strings()
        self.sheets: dict[str, _Sheet] = {}
        self.outcome = Outcome()
        self.new_names: dict[str, str] = {}

    # --- helpers ---------------------------------------------------------------------

    def sheet_name(self, wanted: str) -> str | None:
        if wanted in self.parts:
            return wanted
        return next((n for n in self.parts if n.strip().lower() == wanted.lower()), None)

    def sheet(self, name: str) -> _Sheet:
        found = self.sheets.get(name)
        if found is None:
            part = self.parts[name]
            try:
                xml = SheetXml(self.package.text(part))
            except (ValueError, UnicodeDecodeError) as exc:
                raise Refusal(f"sheet '{name}' has XML this tool does not edit ({exc})") from exc
            found = self.sheets[name] = _Sheet(name, part, xml)
        return found

    def problem(self, text: str) -> None:
        if text not in self.outcome.problems:
            self.outcome.problems.append(text)

    def writable(self, sheet: _Sheet) -> bool:
        if sheet.xml.protected():
            self.problem(
                f"sheet '{sheet.name}' is protected, so its template cells cannot be added "
                "(Review > Unprotect Sheet, then upgrade again)"
            )
            return False
        return True

    # --- _pmo ------------------------------------------------------------------------

    def read_meta(self) -> tuple[_Sheet, int, str | None]:
        name = self.sheet_name(layout.META_SHEET)
        if name is None:
            raise Refusal(
                f"not a project workbook: it has no {layout.META_SHEET} sheet, so its template "
                "version is unknown (run `pmo adopt` on a legacy register, or copy the data "
                "into a fresh workbook from `pmo new`)"
            )
        sheet = self.sheet(name)
        values: dict[str, tuple[str, str, int]] = {}
        for row in sheet.xml.rows():
            key_cell, value_cell = row.cell(1), row.cell(2)
            if key_cell is None:
                continue
            key = cell_text(key_cell.xml, self.strings).strip()
            if key in layout.META_KEYS and key not in values:
                text = cell_text(value_cell.xml, self.strings) if value_cell else ""
                values[key] = (text.strip(), value_cell.xml if value_cell else "", row.number)
        template_id = values.get("template_id", ("", "", 0))[0]
        if template_id != TEMPLATE_ID:
            what = f"a PMO '{template_id}' workbook" if template_id else "no template id"
            raise Refusal(
                f"not a project workbook: its {layout.META_SHEET} sheet says {what} "
                f"(a project workbook says '{TEMPLATE_ID}')"
            )
        raw, cell_xml, row_number = values.get("template_version", ("", "", 0))
        try:
            number = float(raw)
        except ValueError:
            number = float("nan")
        if not number.is_integer():
            raise Refusal(
                f"its {layout.META_SHEET} sheet has no readable template_version ({raw!r}); "
                "copy the data into a fresh workbook from `pmo new`"
            )
        version = int(number)
        self.meta_row = row_number
        self.meta_cell = cell_xml
        return sheet, version, attrs(cell_xml).get("s") if cell_xml else None

    def set_meta_version(self, sheet: _Sheet, style: str | None) -> None:
        if not self.writable(sheet):
            return
        sheet.xml.put_cells({self.meta_row: {2: number_cell(TEMPLATE_VERSION, style)}}, {})

    # --- Project sheet ---------------------------------------------------------------

    def project_sheet(self) -> _Sheet | None:
        name = self.sheet_name(layout.PROJECT_SHEET)
        if name is None:
            ref = self.names.get("projectid", "")
            if "!" in ref:
                name = self.sheet_name(ref.rsplit("!", 1)[0].strip("'").replace("''", "'"))
        if name is None:
            self.problem(
                f"no '{layout.PROJECT_SHEET}' sheet, so the new Project fields "
                f"({', '.join(f.field.label for f in self.pieces.fields)}) cannot be added"
            )
            return None
        return self.sheet(name)

    def project_fields(self) -> None:
        sheet = self.project_sheet()
        if sheet is None or not self.writable(sheet):
            return
        rows = sheet.xml.rows()
        by_key = {f.key: f for f in layout.PROJECT_FIELDS}
        label_rows: dict[str, tuple[int, int]] = {}  # field key -> (row, label column)
        for row in rows:
            for cell in row.cells:
                if cell.col > LABEL_COLUMNS:
                    break
                key = header_key(cell_text(cell.xml, self.strings))
                if key in by_key and key not in label_rows:
                    label_rows[key] = (row.number, cell.col)
                    break
        old = [k for k in label_rows if template_versions.field_in_version(k, 1)]
        if not old:
            self.problem(
                f"the '{sheet.name}' sheet has none of the Project field labels, so the new "
                "fields have no form to join"
            )
            return
        by_row = {r.number: r for r in rows}
        last_row = max(label_rows[k][0] for k in old)
        label_col = label_rows[old[-1]][1] if old else 1
        anchor = by_row[label_rows.get("job_size", label_rows[old[-1]])[0]]
        wrap_anchor = by_row.get(label_rows.get("status_summary", (0, 0))[0])
        styles = {
            "label": _style(anchor, label_col),
            "value": _style(anchor, label_col + 1),
            "wrap": _style(wrap_anchor, label_col + 1) if wrap_anchor else None,
            "note": _style(anchor, label_col + 2),
        }
        wanted = []
        for piece in self.pieces.fields:
            f = piece.field
            if f.key in label_rows:
                r, c = label_rows[f.key]
                self.problem(
                    f"the '{sheet.name}' sheet already has a '{f.label}' label at "
                    f"{column_letter(c)}{r} (the PM's own): the template's field is not added"
                )
                continue
            if f.range_name.lower() in self.names:
                self.problem(
                    f"the workbook already has a defined name {f.range_name} (the PM's own, "
                    f"pointing at {self.names[f.range_name.lower()]}): the field is not added"
                )
                continue
            wanted.append(piece)
        if not wanted:
            return
        start = self._free_rows(by_row, last_row + 1, len(wanted), label_col)
        if start != last_row + 1:
            self.outcome.notes.append(
                f"the rows below the last Project field ({last_row + 1}...) hold the PM's own "
                f"cells, so the new fields start at row {start}"
            )
        cells: dict[int, dict[int, str]] = {}
        row_attrs: dict[int, dict[str, str]] = {}
        validations: list[str] = []
        value_letter = column_letter(label_col + 1)
        for offset, piece in enumerate(wanted):
            r = start + offset
            f = piece.field
            value_style = (
                styles["wrap"] if f.kind == "longtext" and styles["wrap"] else styles["value"]
            )
            cells[r] = {
                label_col: inline_string_cell(f.label, styles["label"]),
                label_col + 1: blank_cell(value_style),
            }
            if piece.note:
                cells[r][label_col + 2] = inline_string_cell(piece.note, styles["note"])
            row_attrs[r] = piece.row_attrs
            if piece.validation:
                validations.append(set_attr(piece.validation, "sqref", f"{value_letter}{r}"))
            self.new_names[f.range_name] = f"{quoted_sheet(sheet.name)}!${value_letter}${r}"
        sheet.xml.put_cells(cells, row_attrs)
        # the new rows' heights, for rows that existed only with a style
        sheet.xml.add_validations(validations)
        sheet.xml.widen_dimension(start + len(wanted) - 1, label_col + 2)
        self.project_scales(sheet, label_rows, label_col + 1)

    def _free_rows(self, by_row: dict[int, Row], first: int, count: int, col: int) -> int:
        row = first
        while True:
            block = range(row, row + count)
            busy = [
                r
                for r in block
                if (found := by_row.get(r)) is not None
                and any(c.has_value and col <= c.col <= col + 2 for c in found.cells)
            ]
            if not busy:
                return row
            row = max(busy) + 1

    def project_scales(
        self, sheet: _Sheet, label_rows: dict[str, tuple[int, int]], col: int
    ) -> None:
        for key in SCALE_FIELDS:
            template = self.pieces.scale_validations.get(("project", key))
            if template is None or key not in label_rows:
                continue
            row = label_rows[key][0]
            self.dropdown(sheet, row, col, row, template)

    # --- validations -----------------------------------------------------------------

    def dropdown(self, sheet: _Sheet, first: int, col: int, last: int, template: str) -> None:
        """Make the cells first..last of ``col`` the template's 1-5 dropdown: replace the
        version 1 whole-number check covering them, or add the dropdown where none is."""
        where = f"{sheet.name}!{column_letter(col)}{first}"
        levels = re.search(
            r"<formula1>&quot;([^<]*)&quot;</formula1>|<formula1>\"([^<]*)\"</formula1>", template
        )
        text = next((g for g in levels.groups() if g), "") if levels else ""
        steps = text.split(",")
        for xml, a, span in sheet.xml.validations():
            if not covers(a.get("sqref", ""), first, col):
                continue
            if a.get("type") == "list" and text and text in xml:
                return  # already a dropdown
            if _version_1_check(xml, a, steps[0], steps[-1]):  # the template's version 1 check
                sheet.xml.replace_span(span, set_attr(template, "sqref", a["sqref"]))
                return
            self.outcome.notes.append(
                f"kept the PM's own validation on {where} ({a.get('sqref')}) instead of the "
                "template's 1-5 dropdown"
            )
            return
        sheet.xml.add_validations(
            [set_attr(template, "sqref", f"{column_letter(col)}{first}:{column_letter(col)}{last}")]
        )

    # --- registers -------------------------------------------------------------------

    def tables(self, sheet_name: str) -> dict[str, tuple[str, str]]:
        """Lower-cased table name -> (table part, table XML) of the tables on a sheet."""
        out: dict[str, tuple[str, str]] = {}
        for _rid, (kind, target) in self.package.rels(self.parts[sheet_name]).items():
            if kind == "table" and target in self.package.data:
                text = self.package.text(target)
                head = text[text.find("<table") :]
                a = attrs(head)
                out[(a.get("displayName") or a.get("name") or "").lower()] = (target, text)
        return out

    def register_table(
        self, register: layout.Register, why: str
    ) -> tuple[_Sheet, str, str, dict[str, str], list[str]] | None:
        name = self.sheet_name(register.sheet)
        found = self.tables(name).get(register.table.lower()) if name else None
        if found is None:  # renamed sheet: any sheet with the table
            for other in self.parts:
                found = self.tables(other).get(register.table.lower())
                if found is not None:
                    name = other
                    break
        if found is None or name is None:
            self.problem(
                f"no table {register.table} (renamed or deleted?), so {why} cannot be done; "
                f"name the {register.sheet} table {register.table} again (Table Design > Table Name)"
            )
            return None
        part, text = found
        head = text[text.find("<table") :]
        table_attrs = attrs(head)
        columns = [attrs(t).get("name", "") for t in _table_column_tags(text)]
        return self.sheet(name), part, text, table_attrs, columns

    def register_scales(self) -> None:
        for register in layout.REGISTERS:
            keys = [c for r, c in SCALE_COLUMNS if r == register.key]
            if not keys:
                continue
            located = self.register_table(register, "the 1-5 dropdowns")
            if located is None:
                continue
            sheet, _part, _text, table_attrs, columns = located
            if not self.writable(sheet):
                continue
            r1, c1, r2, _c2 = parse_range(table_attrs.get("ref", "A1:A1").replace("$", ""))
            headers = [header_key(c) for c in columns]
            for key in keys:
                template = self.pieces.scale_validations.get((register.key, key))
                if template is None:
                    continue
                if key not in headers:
                    self.outcome.notes.append(
                        f"{register.table} has no '{register.column(key).name}' column: no "
                        "dropdown added for it"
                    )
                    continue
                col = c1 + headers.index(key)
                self.dropdown(sheet, r1 + 1, col, max(r2, r1 + VALIDATED_ROWS), template)

    def new_columns(self) -> None:
        for piece in self.pieces.columns:
            self.new_column(piece)

    def new_column(self, piece: NewColumn) -> None:
        register, column = piece.register, piece.column
        located = self.register_table(register, f"adding the '{column.name}' column")
        if located is None:
            return
        sheet, part, text, table_attrs, columns = located
        if header_key(column.name) in [header_key(c) for c in columns]:
            self.problem(
                f"{register.table} already has a column '{column.name}' (the PM's own): the "
                "template's column is not added, the PM's is kept as it is"
            )
            return
        if table_attrs.get("headerRowCount", "1") == "0":
            self.problem(f"{register.table} has its header row turned off: no column added")
            return
        if not self.writable(sheet):
            return
        r1, c1, r2, c2 = parse_range(table_attrs.get("ref", "A1:A1").replace("$", ""))
        new_col = c2 + 1
        letter = column_letter(new_col)
        rows = {r.number: r for r in sheet.xml.rows()}
        busy = [
            f"{letter}{r}"
            for r in range(r1, r2 + 1)
            if (row := rows.get(r)) is not None
            and (c := row.cell(new_col)) is not None
            and c.has_value
        ]
        if busy:
            self.problem(
                f"{register.table} cannot grow into column {letter} for '{column.name}': "
                f"{sheet.name}!{busy[0]}{' and more' if len(busy) > 1 else ''} hold the PM's own "
                "cells; move them one column right and upgrade again"
            )
            return
        for other, (_p, other_text) in self.tables(sheet.name).items():
            if other == register.table.lower():
                continue
            o1, oc1, o2, oc2 = parse_range(
                attrs(other_text[other_text.find("<table") :]).get("ref", "A1").replace("$", "")
            )
            if oc1 <= new_col <= oc2 and not (o2 < r1 or o1 > r2):
                self.problem(
                    f"{register.table} cannot grow into column {letter}: table {other} is there"
                )
                return
        for ref in sheet.xml.merged():
            try:
                m1, mc1, m2, mc2 = parse_range(ref)
            except ValueError:
                continue
            if mc1 <= new_col <= mc2 and not (m2 < r1 or m1 > r2):
                self.problem(
                    f"{register.table} cannot grow into column {letter}: merged cells {ref} are there"
                )
                return
        # the cells: header text, and each data row styled like its number neighbour
        headers = [header_key(c) for c in columns]
        like = next(
            (
                c1 + headers.index(k)
                for k in ("scope_added", "completed_points", "committed_points")
                if k in headers
            ),
            c2,
        )
        totals = int(table_attrs.get("totalsRowCount", "0") or 0)
        header_row = rows.get(r1)
        cells: dict[int, dict[int, str]] = {
            r1: {new_col: inline_string_cell(column.name, _style(header_row, c2))}
        }
        for r in range(r1 + 1, r2 + 1 - totals):
            style = _style(rows.get(r), like)
            if style is not None:
                cells[r] = {new_col: blank_cell(style)}
        sheet.xml.put_cells(cells, {})
        sheet.xml.ensure_col_width(new_col, piece.width)
        sheet.xml.widen_dimension(r2, new_col)
        if piece.validation:
            last = r1 + VALIDATED_ROWS
            for _xml, a, _span in sheet.xml.validations():
                if covers(a.get("sqref", ""), r1 + 1, like):
                    last = max(r for _, _, r, _ in sqref_cells(a["sqref"]))
                    break
            last = max(last, r2)
            sheet.xml.add_validations(
                [set_attr(piece.validation, "sqref", f"{letter}{r1 + 1}:{letter}{last}")]
            )
        self.package.replace(part, _grow_table(text, column.name, new_col))

    def burnup_chart(self) -> None:
        """The Iterations burn-up chart and its helper block (:mod:`addin.upgrade.burnup_part`)."""
        if self.pieces.burnup is None:
            return
        located = self.register_table(layout.ITERATIONS, "adding the burn-up chart")
        if located is None:
            return
        sheet, _part, _text, table_attrs, columns = located
        if not self.writable(sheet):
            return
        plan, problem = plan_burnup(
            sheet.name,
            sheet.xml,
            table_attrs.get("ref", "A1:A1"),
            [header_key(c) for c in columns],
            int(table_attrs.get("totalsRowCount", "0") or 0),
            self.strings,
        )
        if plan is None:
            self.problem(problem or "the burn-up chart cannot be added")
            return
        self.outcome.notes += add_burnup(
            self.package, sheet.part, sheet.xml, plan, self.pieces.burnup
        )

    # --- the whole upgrade -----------------------------------------------------------

    def run(self) -> Outcome:
        meta_sheet, version, meta_style = self.read_meta()
        self.outcome.from_version = version
        if version == TEMPLATE_VERSION:
            self.outcome.status = "current"
            self.outcome.to_version = version
            return self.outcome
        if version > TEMPLATE_VERSION:
            raise Refusal(
                f"built from template version {version}, newer than this tool's "
                f"{TEMPLATE_VERSION}: update the PMO add-in (`pip install -U pmo-addin`)"
            )
        if version < template_versions.OLDEST_VERSION:
            raise Refusal(
                f"template version {version} is older than any this tool upgrades; copy the "
                "data into a fresh workbook from `pmo new`"
            )
        self.project_fields()
        self.register_scales()
        self.new_columns()
        self.burnup_chart()
        self.set_meta_version(meta_sheet, meta_style)
        add_defined_names(self.package, self.new_names)
        for sheet in self.sheets.values():
            self.package.replace(sheet.part, sheet.xml.text)
        self.outcome.to_version = TEMPLATE_VERSION
        self.outcome.changed_parts = sorted(self.package.replaced)
        return self.outcome


def _style(row: object, col: int) -> str | None:
    cell = getattr(row, "cell", lambda _c: None)(col) if row is not None else None
    return cell.style if cell is not None else None


def _version_1_check(xml: str, a: dict[str, str], low: str, high: str) -> bool:
    """True for the template's version 1 scale check: a whole number between 1 and 5 (Excel
    may have merged identical ones over several columns: the whole range is replaced)."""
    if a.get("type") != "whole" or a.get("operator", "between") != "between":
        return False
    bounds = re.findall(r"<(?:\w+:)?formula([12])>\s*([^<]*?)\s*</", xml)
    return dict(bounds) == {"1": low, "2": high}


def _table_column_tags(text: str) -> list[str]:
    return re.findall(r"<tableColumn\b[^>]*>", text)


def _grow_table(text: str, name: str, new_col: int) -> str:
    """The table part with one more column, ``name``, at its right end."""

    head_start = text.find("<table")
    head_end = text.find(">", head_start) + 1
    head = text[head_start:head_end]
    ref = attrs(head)["ref"]
    r1, c1, r2, _ = parse_range(ref.replace("$", ""))
    new_ref = f"{column_letter(c1)}{r1}:{column_letter(new_col)}{r2}"
    text = text[:head_start] + set_attr(head, "ref", new_ref) + text[head_end:]
    auto = re.search(r"<autoFilter\b[^>]*>", text)
    if auto is not None:
        a_ref = attrs(auto.group(0)).get("ref", "")
        try:
            a1, ac1, a2, _ = parse_range(a_ref.replace("$", ""))
            new_auto = f"{column_letter(ac1)}{a1}:{column_letter(new_col)}{a2}"
            text = (
                text[: auto.start()] + set_attr(auto.group(0), "ref", new_auto) + text[auto.end() :]
            )
        except ValueError:
            pass
    ids = [int(attrs(t).get("id", "0")) for t in _table_column_tags(text)]
    block = re.search(r"<tableColumns\b[^>]*>", text)
    if block is None:
        raise ValueError("the table part has no <tableColumns>")
    text = (
        text[: block.start()]
        + set_attr(block.group(0), "count", str(len(ids) + 1))
        + text[block.end() :]
    )
    element = f'<tableColumn id="{max(ids, default=0) + 1}" name={quoteattr(name)}/>'
    end = text.find("</tableColumns>")
    return text[:end] + element + text[end:]


def upgrade_package(package: Package, standards: Standards) -> Outcome:
    """Upgrade ``package`` in memory (see the module docstring); raises :class:`Refusal`."""
    return _Upgrade(package, standards, pieces_for(standards)).run()


__all__ = ["Outcome", "Refusal", "upgrade_package"]
