"""What Excel records about a table, put to use (round 11).

:mod:`addin.adopt.sheet_xml` reads the records; this module weighs them:

- **a header row** an autofilter, frozen panes or print titles name is passed to detection
  (:func:`addin.adopt.detect.find_tables`), which weighs it like a title and says so here,
  in the table's notes;
- **a data-validation list** on a column (its dropdown: ``Open,Closed``, ``H,M,L``, a
  range of people on a Lists sheet) is the set of values the column takes: its values
  join the column's own as evidence of its field (:func:`allowed_values`), so a column
  with few or no values yet, under a header that says nothing, is still known by what it
  may hold. The header's reading comes first, as for every value evidence: a dropdown
  never moves a column whose header is clear.
"""

from __future__ import annotations

import re

from addin.adopt.detect import TableBlock
from addin.adopt.grid import Grid, cell_text
from addin.adopt.report import AdoptionReport
from addin.adopt.sheet_xml import SheetFacts, WorkbookFacts
from addin.cells import address, column_letter, parse_range

#: The most values of one list read (a list longer than this is a lookup, not a choice).
MAX_LIST = 60
_REF = re.compile(
    r"^(?:(?P<sheet>'(?:[^']|'')+'|[^!'\s]+)!)?(?P<cells>\$?[A-Z]{1,3}\$?\d{1,7}(?::\$?[A-Z]{1,3}\$?\d{1,7})?)$"
)


def list_values(
    formula: str, sheet: str, grids: dict[str, Grid], names: dict[str, str]
) -> list[str]:
    """The values a validation list allows: ``"Open,Closed"`` written in the rule, a range
    of cells (``$K$2:$K$5``, ``Lists!$A$2:$A$6``), or a defined name of one; ``[]`` for a
    formula that computes its list (``OFFSET``, ``INDIRECT``) or a range not read."""
    text = formula.strip().lstrip("=")
    if len(text) >= 2 and text[0] == '"' and text[-1] == '"':
        words = [w.strip() for w in text[1:-1].split(",")]
        return list(dict.fromkeys(w for w in words if w))[:MAX_LIST]
    if text in names:
        text = names[text].strip().lstrip("=")
    found = _REF.match(text)
    if found is None:
        return []
    where = found.group("sheet")
    target = where.strip("'").replace("''", "'") if where else sheet
    grid = grids.get(target)
    if grid is None:
        return []
    try:
        r1, c1, r2, c2 = parse_range(found.group("cells").replace("$", ""))
    except ValueError:
        return []
    values: list[str] = []
    # the sheet's own cells only (a list over a whole sheet, $A$1:$XFD$1048576, is not
    # 300 rows of 16,384 columns), and no further than the values a list keeps
    last_col = min(c2, grid.n_cols)
    for row in range(r1, min(r2, r1 + 5 * MAX_LIST, grid.n_rows) + 1):
        for col in range(c1, last_col + 1):
            value = cell_text(grid.value(row, col))
            if value and value not in values:
                values.append(value)
                if len(values) == MAX_LIST:
                    return values
    return values


def allowed_values(
    block: TableBlock, facts: WorkbookFacts, grids: dict[str, Grid]
) -> dict[int, list[str]]:
    """Each column of ``block`` with a dropdown list over its rows -> the list's values."""
    sheet = facts.sheets.get(block.sheet)
    if sheet is None or not sheet.validations:
        return {}
    top = block.first_data_row
    bottom = max(block.last_data_row, top)
    out: dict[int, list[str]] = {}
    for rule in sheet.validations:
        for r1, c1, r2, c2 in rule.ranges:
            if r2 < top or r1 > bottom:
                continue
            cols = [
                c
                for c in range(max(c1, block.first_col), min(c2, block.last_col) + 1)
                if c not in out
            ]
            values = (
                list_values(rule.formula, block.sheet, grids, facts.defined_names) if cols else []
            )
            for col in cols if values else []:
                out[col] = values
    return out


def recorded_header(sheet: SheetFacts, row: int) -> str:
    """What in Excel's records names ``row`` a header ('' when nothing does)."""
    said = []
    if sheet.autofilter is not None and sheet.autofilter[0] == row:
        r1, c1, r2, c2 = sheet.autofilter
        said.append(f"its autofilter ({address(r1, c1)}:{address(r2, c2)})")
    if sheet.frozen_rows == row:
        said.append(f"the frozen panes (rows 1-{row})")
    if sheet.print_title_rows is not None and sheet.print_title_rows[1] == row:
        first, last = sheet.print_title_rows
        said.append(
            f"the print titles (row{'s' if first != last else ''} "
            f"{first if first == last else f'{first}-{last}'})"
        )
    return " and ".join(said)


def note_recorded(
    report: AdoptionReport,
    facts: WorkbookFacts,
    allowed: dict[tuple[str, int, int], dict[int, list[str]]],
) -> None:
    """Say in each table's notes what Excel's records told: the header row they name and
    the dropdown lists read as evidence."""
    for table in report.tables:
        sheet = facts.sheets.get(table.sheet)
        if sheet is None:
            continue
        said = recorded_header(sheet, table.header_row)
        if said:
            table.notes.append(f"header row {table.header_row} as the workbook records it: {said}")
        try:
            _r1, first, _r2, _c2 = parse_range(table.ref)
        except ValueError:
            continue
        lists = allowed.get((table.sheet, table.header_row, first), {})
        if lists and table.adopted:
            table.notes.append(
                "dropdown lists in the source, weighed as evidence of each column's field: "
                + "; ".join(
                    f"{column_letter(col)} ({_short(values)})"
                    for col, values in sorted(lists.items())
                )
            )


def _short(values: list[str]) -> str:
    shown = ", ".join(values[:5])
    return shown + (f", ... ({len(values)} values)" if len(values) > 5 else "")


__all__ = [
    "allowed_values",
    "holds_only_lists",
    "list_source_areas",
    "list_values",
    "note_recorded",
    "recorded_header",
]


def list_source_areas(
    facts: WorkbookFacts, grids: dict[str, Grid]
) -> dict[str, list[tuple[int, int, int, int]]]:
    """Where the workbook's drop-down lists take their values (round 29): per sheet, each
    list's cells and the row above them (the list's name: ``Phase`` over ``Design``,
    ``Build``), as (r1, c1, r2, c2). A tool's hidden ``Lists`` sheet holds choices, not the
    project's details: its ``Phase | People`` header row is no ``Phase: People`` line."""
    areas: dict[str, list[tuple[int, int, int, int]]] = {}
    for sheet, sheet_facts in facts.sheets.items():
        for validation in sheet_facts.validations:
            text = validation.formula.strip().lstrip("=")
            if text in facts.defined_names:
                text = facts.defined_names[text].strip().lstrip("=")
            found = _REF.match(text)
            if found is None:
                continue
            where = found.group("sheet")
            target = where.strip("'").replace("''", "'") if where else sheet
            if target not in grids:
                continue
            try:
                r1, c1, r2, c2 = parse_range(found.group("cells").replace("$", ""))
            except ValueError:
                continue
            area = (max(r1 - 1, 1), c1, min(r2, grids[target].n_rows), c2)
            if area not in areas.setdefault(target, []):
                areas[target].append(area)
    return areas


def holds_only_lists(block: TableBlock, grid: Grid, areas: list[tuple[int, int, int, int]]) -> bool:
    """Round 29's last hour: every value under ``block``'s header lies in the cells the
    workbook's drop-down lists take their choices from (``areas``, of
    :func:`list_source_areas`, for the block's sheet): a tool's ``Lists`` / ``Lookups``
    sheet (``Type | Status`` over ``Risk, Assumption, ...`` and ``Open, Closed``) holds the
    choices of a register's columns, not items of one. A table with one value outside every
    list (an item's text, a date) is read as before."""
    if not areas:
        return False
    seen = 0
    for row in range(block.first_data_row, block.last_data_row + 1):
        for col in range(block.first_col, block.last_col + 1):
            if not cell_text(grid.value(row, col)):
                continue
            if not any(r1 <= row <= r2 and c1 <= col <= c2 for r1, c1, r2, c2 in areas):
                return False
            seen += 1
    return seen > 0
