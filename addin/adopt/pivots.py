"""A pivot table pasted as values (round 17): Excel's, LibreOffice's or Google Sheets'.

What every spreadsheet writes when a PMO pastes a pivot of its cost lines by month as values
(and what a finance system's "export to Excel" of a pivot view writes): the **row labels in
one column** (Excel's compact form, the default: ``Row Labels`` over the cost lines with the
months indented under each, or the months with the lines under each) or in two (outline and
tabular forms: the outer label written once, on its own row or on its first row), the
measures across (``Actual | Budget | Forecast``, ``Sum of Budget``), a ``Grand Total``
column and row, ``<line> Total`` subtotal rows, and the report filters above
(``Years | 2026``, ``Project | Library Refurbishment``).

Read here: which rows are a line's month (the leaves), which are the outline's subtotals
(an outer label's own row, holding the sum of its months) and totals (``Grand Total``,
``Design Total``, ``Gesamtergebnis``), each listed and never counted; the year of month
names from a filter cell above (``Years | 2026``), else the title, else the year given.
The measures come from the columns' headers as for every finance table (``Sum of Budget``
is the budget; ``Count of`` and ``Average of`` are no amounts, so a pivot of counts of risks
by status is no finance table). Structure decides, not a caption: one label column whose
values are cost lines and months by turns, each month under a line (or each line under a
month), is a compact pivot with or without ``Row Labels`` over it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from addin.adopt.amounts import parse_amount
from addin.adopt.detect import TableBlock
from addin.adopt.grid import Grid, cell_text, is_blank
from addin.adopt.synonyms import MEASURES
from addin.cells import column_index
from addin.host import CellValue

#: Captions a pivot writes itself, in the languages Excel, LibreOffice and Google Sheets
#: are used in (their UI strings, not register words): the row and column labels' captions.
_CAPTIONS = re.compile(
    r"^\s*(?:row labels|column labels|values|zeilenbeschriftungen|spaltenbeschriftungen|"
    r"werte|étiquettes de lignes|étiquettes de colonnes|valeurs|etiquetas de fila|"
    r"etiquetas de columna|valores|etichette di riga|etichette di colonna|valori|rijlabels|"
    r"kolomlabels|waarden|rótulos de linha|rótulos de coluna|row label|data)\s*$",
    re.IGNORECASE,
)

#: A pivot's total rows and columns: ``Grand Total`` and a subtotal ``Design fees Total``
#: (Excel), ``Total Result`` / ``Design fees Result`` (LibreOffice), ``Gesamtergebnis`` /
#: ``Design Ergebnis``, ``Total général``, ``Total general``, ``Totale complessivo``,
#: ``Eindtotaal``, ``Total Geral``, ``Суммарный итог`` / ``Общий итог``.
_TOTAL = re.compile(
    r"^\s*(?:grand\s+total|total|totals|sub\s*-?\s*total|total\s+result|gesamtergebnis|"
    r"total\s+g[ée]n[ée]ral|total\s+general|totale\s+complessivo|totale|eindtotaal|"
    r"totaal|total\s+geral|общий\s+итог|суммарный\s+итог|итог)\s*$"
    r"|\s(?:total|result|ergebnis|totaal|итог)\s*$",
    re.IGNORECASE,
)

#: A report filter naming the year of the months (``Years | 2026``; Excel's date grouping
#: calls the field ``Years``), in the languages above.
_YEAR_FILTER = re.compile(
    r"^\s*(?:years?|fiscal\s+years?|financial\s+years?|fy|jahre?|gesch[äa]ftsjahr|"
    r"ann[ée]es?|exercice|años?|ejercicio|anni|anno|jaren|jaar|boekjaar|anos?|год|годы)\s*:?\s*$",
    re.IGNORECASE,
)

#: ``(blank)``: a pivot's item for rows whose field was empty (``(leer)``, ``(vide)``,
#: ``(vacío)``, ``(vuoto)``, ``(leeg)``, ``(vazio)``, ``(пусто)``).
_BLANK = re.compile(
    r"^\s*\((?:blank|empty|leer|vide|vac[íi]o|vuoto|leeg|vazio|пусто)\)\s*$", re.IGNORECASE
)


#: A pivot's measure caption in its corner or over its values (``Sum of Hours``, ``Count of
#: ID``, ``Summe von Stunden``, ``Somme de Heures``): folded as a group label over the row
#: labels, it names what the figures count (red team of round 18).
_MEASURE_CAPTION = re.compile(
    r"^\s*(?:sum|count|average|max|min|summe|anzahl|mittelwert|somme|nombre|moyenne|suma|"
    r"cuenta|promedio|somma|conteggio|media|som|aantal|gemiddelde|soma|contagem|m[ée]dia)"
    r"\s+(?:of|von|de|di|van|du|des|della|del)\s+\S",
    re.IGNORECASE,
)


def measure_captions(block: TableBlock) -> str:
    """The pivot measure captions folded into the block's headers as group labels
    (``Sum of Hours`` over ``Row Labels``), lower case, or ``""``."""
    return " ".join(
        c.group.lower() for c in block.headers if c.group and _MEASURE_CAPTION.match(c.group)
    )


def is_caption(text: str) -> bool:
    """True for a pivot's own caption (``Row Labels``, ``Column Labels``, ``Values``)."""
    return bool(_CAPTIONS.match(text))


def is_total(text: str) -> bool:
    """True for a pivot's total or subtotal label (``Grand Total``, ``Design Total``)."""
    return bool(_TOTAL.search(text))


def is_blank_item(text: str) -> bool:
    """True for a pivot's ``(blank)`` item."""
    return bool(_BLANK.match(text))


@dataclass
class PivotRows:
    """The rows of a pivot read as cost lines by month: the leaves with their line and
    month, and the rows left out with why."""

    label_cols: tuple[int, ...]
    #: the label column holding the months when the labels are in two (outline, tabular)
    month_col: int | None = None
    leaves: dict[int, tuple[str, date]] = field(default_factory=dict)
    left_out: dict[int, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    lines_outer: bool = True


def _month(value: CellValue) -> tuple[int, int | None] | None:
    """(month, year or None) for a cell naming one month: a date, ``Jan``, ``January``,
    ``Jan-26``, ``Jan 2026``, ``2026-01``; None for anything else (``March works``)."""
    from addin.adopt.finance import month_of_value
    from addin.adopt.periods import month_name_value

    if isinstance(value, datetime | date):
        return value.month, value.year
    if not isinstance(value, str) or not value.strip():
        return None
    alone = month_name_value(value)
    if alone is not None:
        return alone, None
    dated = month_of_value(value)
    return (dated.month, dated.year) if dated is not None else None


def _year(value: CellValue) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float) and float(value).is_integer() and 1990 <= value <= 2100:
        return int(value)
    text = cell_text(value).strip()
    return int(text) if text.isdigit() and len(text) == 4 and 1990 <= int(text) <= 2100 else None


def filter_year(block: TableBlock, grid: Grid) -> int | None:
    """The year a report filter above the pivot sets (``Years | 2026``): a year word alone
    in a cell and a year in the next cell of its row; None when none or two years differ."""
    found: set[int] = set()
    for row, col, text in block.preamble:
        if _YEAR_FILTER.match(text):
            year = _year(grid.value(row, col + 1))
            if year is not None:
                found.add(year)
    return found.pop() if len(found) == 1 else None


def _kind(value: CellValue) -> str:
    if is_blank(value):
        return "blank"
    text = cell_text(value).strip()
    if is_total(text):
        return "total"
    if _year(value) is not None:
        return "year"
    if _month(value) is not None:
        return "period"
    if is_blank_item(text):
        return "label"
    if _is_amount(value):
        return "number"
    return "label"


def _is_amount(value: CellValue) -> bool:
    """A pivot's value cell: a number, or (round 23) text that reads as an amount
    (``20,524.48``, ``20 524,48 €``, ``€20.524,48``), as a pivot pasted through a text
    export or a finance tool writes its sums; a version ``1.2.3`` or an ID ``2026-03`` is
    no amount (:func:`addin.adopt.amounts.parse_amount`)."""
    if isinstance(value, bool):
        return False
    if isinstance(value, int | float):
        return True
    return isinstance(value, str) and parse_amount(value) is not None


def _amount_cols(block: TableBlock, grid: Grid, label_cols: tuple[int, ...]) -> list[int]:
    cols = []
    for head in block.headers:
        if head.col in label_cols:
            continue
        values = [
            grid.value(r, head.col) for r in range(block.first_data_row, block.last_data_row + 1)
        ]
        filled = [v for v in values if not is_blank(v)]
        if filled and all(_is_amount(v) for v in filled):
            cols.append(head.col)
    return cols


def _only_amounts(block: TableBlock, grid: Grid, label_cols: tuple[int, ...]) -> bool:
    """True when every column but the row labels holds numbers (two columns or more), as a
    pivot's values do: a table with a notes, status or currency column is no pivot."""
    amounts = _amount_cols(block, grid, label_cols)
    others = [h for h in block.headers if h.col not in label_cols]
    return len(amounts) >= 2 and len(amounts) == len(others)


def compact_rows(block: TableBlock, grid: Grid) -> PivotRows | None:
    """A pivot's row labels in one column (Excel's compact form): cost lines and months by
    turns in the table's first column, each month under its line (or each line under its
    month), amounts in two columns or more beside them. None for any other table: a column
    of months alone, of lines alone, a month name inside a line's name (``March works``)."""
    col = block.first_col
    label_cols = (col,)
    if not _only_amounts(block, grid, label_cols):
        return None
    rows = range(block.first_data_row, block.last_data_row + 1)
    kinds = {r: _kind(grid.value(r, col)) for r in rows}
    if any(k == "number" for k in kinds.values()):
        return None
    first = next((k for k in kinds.values() if k in ("label", "period")), None)
    if first is None:
        return None
    out = PivotRows(label_cols, lines_outer=first == "label")
    year: int | None = None
    line: str | None = None
    month: date | None = None
    pending: int | None = None  # the outer row whose inner rows have not come yet
    for r in rows:
        kind, value = kinds[r], grid.value(r, col)
        text = cell_text(value).strip()
        if kind == "blank":
            continue
        if kind == "total":
            out.left_out[r] = f"a pivot's total ({text!r}): the sum of the rows above, not counted"
            line = None if out.lines_outer else line
            month = None if not out.lines_outer else month
            continue
        if kind == "year":
            year = _year(value)
            out.left_out[r] = f"a pivot's year ({text}): the sum of its months, not counted"
            continue
        parsed = _month(value) if kind == "period" else None
        if kind == "period" and parsed is not None:
            month_of = parsed[0]
            year_of = parsed[1] if parsed[1] is not None else year
            month = date(year_of, month_of, 1) if year_of is not None else date(1, month_of, 1)
        if (kind == "label") == out.lines_outer:  # an outer row: a subtotal of the rows under it
            if pending is not None:
                return None  # an outer row with no inner row under it: no outline
            if kind == "label":
                line = "" if is_blank_item(text) else text
            pending = r
            out.left_out[r] = (
                f"the pivot's subtotal of {text!r}: the sum of the rows under it, not counted"
            )
            continue
        if (line is None) if out.lines_outer else (month is None):
            return None  # an inner row before any outer row
        if kind == "label":
            line = "" if is_blank_item(text) else text
        assert line is not None and month is not None
        out.leaves[r] = (line, month)
        pending = None
    if pending is not None or len(out.leaves) < 3:
        return None
    outer = len({v[0] if out.lines_outer else v[1] for v in out.leaves.values()})
    inner = len({v[1] if out.lines_outer else v[0] for v in out.leaves.values()})
    if inner < 2 or outer < 1:
        return None
    if out.lines_outer and _measures_alone({v[0] for v in out.leaves.values()}):
        return None  # round 36 (t42c): ``Budget`` over the months is no cost line
    return out


def _measures_alone(labels: set[str]) -> bool:
    """Round 36 (t42c): whether every outer label of a compact pivot is a measure alone
    (``Budget``, ``Plan``, ``Actual spend``): a spend log with the months down and the
    cost lines across (``Month | Equipment | Travel``) often writes the year's budget on
    a row above its months; that row names the amounts' measure, never a cost line with
    its months under it, so the table is no pivot and is read with its lines across."""
    from addin.adopt.finance import line_words, measure_in  # finance reads this module

    return bool(labels) and all(
        line_words(t) and all(measure_in(w) for w in line_words(t)) for t in labels
    )


def outline_rows(block: TableBlock, grid: Grid) -> PivotRows | None:
    """A pivot's row labels in two columns (Excel's outline and tabular forms): the outer
    label written once (on a row of its own holding its subtotal, or on its first row, with a
    ``<label> Total`` row after its group), the inner label on every row; one of the two
    holds months, the other the cost lines. Needs the pivot's marks: an outer label carried
    down (blank under it) or a total row; a long table written in full is read as before."""
    if len(block.headers) < 4:
        return None
    outer_col, inner_col = block.first_col, block.first_col + 1
    if not _only_amounts(block, grid, (outer_col, inner_col)):
        return None
    rows = range(block.first_data_row, block.last_data_row + 1)
    kinds = {r: (_kind(grid.value(r, outer_col)), _kind(grid.value(r, inner_col))) for r in rows}
    if any("number" in k for k in kinds.values()):
        return None
    outer_kinds = {k[0] for k in kinds.values()} - {"blank", "total", "year"}
    inner_kinds = {k[1] for k in kinds.values()} - {"blank", "total", "year"}
    if outer_kinds == {"label"} and inner_kinds == {"period"}:
        lines_outer = True
    elif outer_kinds == {"period"} and inner_kinds == {"label"}:
        lines_outer = False
    else:
        return None
    out = PivotRows((outer_col, inner_col), inner_col if lines_outer else outer_col)
    out.lines_outer = lines_outer
    outer: CellValue = None
    carried = False
    year: int | None = None
    for r in rows:
        (k_out, k_in) = kinds[r]
        o_val, i_val = grid.value(r, outer_col), grid.value(r, inner_col)
        if "total" in (k_out, k_in):
            said = cell_text(o_val if k_out == "total" else i_val).strip()
            out.left_out[r] = f"a pivot's total ({said!r}): the sum of the rows above, not counted"
            continue
        if k_out == "year" or k_in == "year":
            year = _year(o_val if k_out == "year" else i_val)
            out.left_out[r] = "a pivot's year: the sum of its months, not counted"
            continue
        if k_out != "blank":
            outer = o_val
        elif k_in != "blank":
            carried = True
        if k_in == "blank":
            if k_out != "blank":
                said = cell_text(o_val).strip()
                out.left_out[r] = (
                    f"the pivot's subtotal of {said!r}: the sum of the rows under it, not counted"
                )
            continue
        if outer is None:
            return None
        line_val, month_val = (outer, i_val) if lines_outer else (i_val, outer)
        parsed = _month(month_val)
        if parsed is None:
            return None
        line = cell_text(line_val).strip()
        line = "" if is_blank_item(line) else line
        month_year = parsed[1] if parsed[1] is not None else year
        out.leaves[r] = (line, date(month_year or 1, parsed[0], 1))
    marked = carried or any("total" in why for why in out.left_out.values())
    if not marked or len(out.leaves) < 3:
        return None
    return out


def pivot_rows(block: TableBlock, grid: Grid) -> PivotRows | None:
    """The table read as a pivot's row labels (compact, outline or tabular form), or None."""
    return compact_rows(block, grid) or outline_rows(block, grid)


def dated(pivot: PivotRows, year: int | None) -> tuple[dict[int, tuple[str, date]], int]:
    """The leaves with month names given ``year`` (those read with one already keep theirs);
    returns them and how many took ``year``. Month names with no year anywhere are left to
    the caller (their year is 1)."""
    out: dict[int, tuple[str, date]] = {}
    took = 0
    for row, (line, month) in pivot.leaves.items():
        if month.year == 1 and year is not None:
            month, took = date(year, month.month, 1), took + 1
        out[row] = (line, month)
    return out, took


def describe(pivot: PivotRows) -> str:
    """The table's note: how its rows were read."""
    form = (
        "cost lines with their months under each"
        if pivot.lines_outer
        else "months with their cost lines under each"
    )
    return (
        f"a pivot table pasted as values: its row labels hold {form}; each line's own row and "
        "every total row hold sums of the rows under them and are not counted"
    )


def leaf_fields(pivot: PivotRows) -> dict[int, dict[str, Any]]:
    """Row -> the fields its label gives (cost line and month)."""
    return {r: {"cost_line": line or None, "month": m} for r, (line, m) in pivot.leaves.items()}


def adopt_pivot(
    block: TableBlock,
    grid: Grid,
    chosen: dict[int, Any],
    pivot: PivotRows,
    year: tuple[int | None, bool],
    standards: Any,
    project: Any,
    table: Any,
    table_map: Any,
) -> None:
    """Adopt a compact pivot of cost lines by month: each leaf row is one Finance line of its
    line and month, its measures read from the columns mapped as Budget / Actual / Forecast;
    the outline's subtotals and totals are listed, never counted."""
    from addin.adopt.finance import title_lines, year_in
    from addin.adopt.match import Candidate
    from addin.adopt.report import RowIssue
    from addin.adopt.rows import build_items, plan_columns
    from addin.adopt.store import store_items
    from addin.adopt.tables import report_columns

    measures = {
        c: cand
        for c, cand in chosen.items()
        if c not in pivot.label_cols and cand.column_key in MEASURES
    }
    shown = dict(measures)
    for col in pivot.label_cols:
        shown[col] = (
            Candidate("month", 0.9, "(the pivot's row labels: the months)")
            if col == pivot.month_col
            else Candidate("cost_line", 0.9, "(the pivot's row labels: the cost lines)")
        )
    report_columns(block, shown, "finance", table, table_map, False)
    for report in table.columns:
        if column_index(report.column) in pivot.label_cols:
            report.method = "pivot rows"
    said = filter_year(block, grid)
    where = "the report filter above the pivot"
    if said is None:
        said, where = year_in([*title_lines(block, grid), block.sheet]), "the title"
    if said is None and year[0] is not None:
        said, where = year[0], "the year given" if year[1] else "the project's dates"
    if said is None:
        said, where = date.today().year, "nothing says (the current year; check it)"
    leaves, took = dated(pivot, said)
    plans = plan_columns(
        block, grid, "finance", {c: m.column_key for c, m in measures.items()}, standards
    )
    result = build_items(block, grid, "finance", plans, rows=sorted(leaves))
    for item in result.items:
        row = int(item.get("source_row") or 0)
        if row in leaves:
            line, month = leaves[row]
            item["month"] = month
            item["cost_line"] = line or None
    result.skipped.extend(RowIssue(r, "", why) for r, why in sorted(pivot.left_out.items()))
    result.notes.append(describe(pivot))
    if took:
        result.notes.append(f"month names without a year read in {said}: {where} says so")
    store_items("finance", result, project, {}, table, grid, block)
