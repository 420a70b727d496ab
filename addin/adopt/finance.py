"""Finance trackers with months as columns, unpivoted into the long Finance table.

A month column is one whose header is a date or names a month (``Jan``, ``Apr-26``,
``July Forecast``, ``2024-03``). Each amount becomes one Finance row (month, cost line).
What the amount is (Budget, Actual or Forecast) comes from, in order: the column's own
header or group label ("Actual", "July Forecast", "PV"), a row label or measure column
saying "Planned" / "Actual" / "Forecast", the sheet name and title. When nothing says,
amounts are read as Budget and the report says so. Month names without a year take the
year found in the title block, else the year given by the caller, counting on one year
when the months wrap (Jul ... Dec, Jan ... Jun).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

from addin.adopt.convert import (
    Converter,
    month_number,
    numeric_month,
    parse_number,
    week_date,
)
from addin.adopt.detect import TableBlock
from addin.adopt.grid import Grid, cell_text, is_blank
from addin.adopt.readings import current
from addin.adopt.report import RowIssue
from addin.adopt.rows import ColumnPlan, RowsResult, _row_kind
from addin.host import CellValue

MEASURE_WORDS: dict[str, tuple[str, ...]] = {
    "actual": ("actual", "actuals", "spend", "spent", "ac", "expenditure", "incurred"),
    "forecast": (
        "forecast",
        "fcst",
        "projected",
        "projection",
        "outlook",
        "etc",
        "estimate to complete",
    ),
    "budget": (
        "budget",
        "plan",
        "planned",
        "pv",
        "baseline",
        "bac",
        "approved",
        "estimate",
        "estimated",
    ),
}


def measure_in(text: str) -> str | None:
    """ "budget", "actual" or "forecast" when the text names one (first match wins)."""
    words = set(re.findall(r"[a-z]+", text.lower()))
    for measure, names in MEASURE_WORDS.items():
        if any(n in words for n in names if " " not in n):
            return measure
    return None


_FINANCIAL_YEAR = re.compile(
    r"\b(?:FY|F/Y|financial year|fiscal year)\s*'?(\d{2}|\d{4})(?:\s*[-/]\s*'?(\d{2}|\d{4}))?\b",
    re.IGNORECASE,
)


def year_in(texts: list[str]) -> int | None:
    """The first plausible year (1990-2099) written in the texts; for a financial year
    (``FY2025/26``, ``FY 25-26``, ``FY26``) the calendar year its first month falls in."""
    for text in texts:
        fy = _FINANCIAL_YEAR.search(text)
        if fy:
            first = int(fy.group(1))
            first += 2000 if first < 100 else 0
            if fy.group(2) is None and current().fiscal_year_start > 1:
                first -= 1  # "FY26" is named by the year it ends in
            if 1990 <= first <= 2099:
                return first
        match = re.search(r"\b(199\d|20\d\d)\b", text)
        if match:
            return int(match.group(1))
    return None


@dataclass
class MonthColumn:
    col: int
    month: date
    measure: str | None
    #: what its amounts are multiplied by: the unit its labels or the table's title state
    #: (``Budget (£k)`` over the months: 1000; round 11, :func:`_with_units`)
    factor: float = 1.0


def _with_units(
    block: TableBlock, months: list[MonthColumn]
) -> tuple[list[MonthColumn], list[str]]:
    """Each month column with the unit of its amounts: the one its group label or its own
    label states (``Budget (£k)`` over ``Jan-26 | Feb-26``), else the table's title (``All
    figures in £000s``); each unit read is a reading (``amount_units``) and a note."""
    from addin.adopt.amount_columns import amount_unit_for_column
    from addin.adopt.readings import recording, stated_amount_unit
    from addin.adopt.units import header_unit

    titles = [t for _, _, t in block.preamble]
    out: list[MonthColumn] = []
    notes: list[str] = []
    with recording():
        for month in months:
            cell = block.header_at(month.col)
            labels = [cell.group, cell.text] if cell is not None else []
            source = next(
                (
                    text
                    for text in [*labels, *titles]
                    if text and (stated_amount_unit(text) is not None or header_unit(text))
                ),
                None,
            )
            if source is None:
                out.append(month)
                continue
            factor, note = amount_unit_for_column(source, "header" if source in labels else "title")
            if note and note not in notes:
                notes.append(note)
            out.append(replace(month, factor=factor))
    return out, notes


def month_columns(
    block: TableBlock, cols: list[int], year_hint: int | None, fiscal_default: int | None = None
) -> tuple[list[MonthColumn], str | None]:
    """The month of each month column, and a warning when the year had to be assumed.

    Fiscal periods without a year (``P01``, ``Period 3``) count from the financial year's
    first month named in the title block, else ``fiscal_default`` (the value readings'
    ``fiscal_year_start``, April when not given), which the warning then names."""
    from addin.adopt.periods import fiscal_month, fiscal_start_in, period_number

    out: list[MonthColumn] = []
    warning = None
    titles = [t for _, _, t in block.preamble] + [block.sheet]
    stated_start = fiscal_start_in(titles)
    start = stated_start or fiscal_default or current().fiscal_year_start
    years: dict[str, int | None] = {}
    previous: dict[str, int] = {}
    # month names without a year take it from a date header of the same month, if any
    dated: dict[int, int] = {}
    for col in cols:
        cell = block.header_at(col)
        if cell is not None and isinstance(cell.value, datetime | date):
            dated.setdefault(cell.value.month, cell.value.year)
    for col in cols:
        cell = block.header_at(col)
        if cell is None:
            continue
        measure = measure_in(cell.full)
        value = cell.value
        week = week_date(cell.text) if isinstance(value, str) else None
        if week is not None:
            value = week  # a week column: its amounts add into the week's month
        if isinstance(value, datetime | date):
            out.append(MonthColumn(col, date(value.year, value.month, 1), measure))
            continue
        # the month is in the field label ("Jan" under "Budget") or in the group label
        # above it ("Budget" under a merged "Jan-25"); the other label names the group
        text, other = cell.text, cell.group
        if (
            month_number(text) is None
            and period_number(text) is None
            and cell.group
            and (month_number(cell.group) is not None or period_number(cell.group) is not None)
        ):
            text, other = cell.group, cell.text
        if measure is None:
            measure = measure_in(other)
        period = period_number(text)
        if period is not None:
            first_year = year_hint
            if first_year is None:
                first_year = date.today().year
                warning = (
                    f"fiscal periods have no year; the financial year starting {first_year} was "
                    "assumed - put the year in the title or correct the Month column"
                )
            if stated_start is None:
                note = (
                    f"fiscal periods read with the financial year starting in month {start} "
                    "(nothing in the title says; set fiscal_year_start in the mapping file)"
                )
                warning = f"{warning}; {note}" if warning and note not in warning else note
            out.append(MonthColumn(col, fiscal_month(period, start, first_year), measure))
            continue
        group = other.casefold()  # each group of months (Budget / Actual) counts its own years
        year = years.get(group, year_hint)
        previous_month = previous.get(group, 0)
        numeric = numeric_month(text)
        if numeric is not None:
            out.append(MonthColumn(col, numeric, measure))
            continue
        number = month_number(text)
        if number is None:
            continue
        explicit = re.search(r"\b(19\d\d|20\d\d)\b", text) or re.search(r"[-/' ](\d\d)\b", text)
        if explicit:
            y = int(explicit.group(1))
            this_year = y + 2000 if y < 100 else y
        elif number in dated:
            this_year = dated[number]
        else:
            if year is None:
                year = date.today().year
                warning = (
                    f"month headers have no year; {year} was assumed - put the year in the title "
                    "or correct the Month column"
                )
            if number < previous_month:
                year += 1
            this_year = year
        years[group], previous[group] = year, number
        out.append(MonthColumn(col, date(this_year, number, 1), measure))
    named = {m.month for m in out if m.measure}
    dropped = [m for m in out if m.measure is None and m.month in named]
    if dropped:
        # a month with a column naming its measure ("July Forecast") and another that does
        # not (a bare date): the bare one holds something else (hours, rates); leave it out
        out = [m for m in out if m not in dropped]
        letters = ", ".join(_letter(m.col) for m in dropped)
        note = f"columns {letters} left out: the same months have columns saying what they hold"
        warning = f"{warning}; {note}" if warning else note
    return out, warning


def unpivot(
    block: TableBlock,
    grid: Grid,
    months: list[MonthColumn],
    label_plans: list[ColumnPlan],
    context: str,
    heading: Converter | None = None,
) -> RowsResult:
    """One Finance item per (row, month) with an amount; measures as described above.

    ``heading`` reads a row with a label and no amounts (``CAPEX``, ``OPEX``): when it
    converts, its value is the CapEx/OpEx of the rows under it."""
    result = RowsResult()
    months, unit_notes = _with_units(block, months)
    result.notes.extend(unit_notes)
    label_cols = _cost_line_columns(block, grid, months, label_plans, result)
    result.measure_col = _measure_column(block, grid, months)
    lines = _Lines(default_measure=measure_in(context))
    sums: dict[int, float] = {}
    group: Any = None
    amount_plans = [ColumnPlan(m.col, "amount", "", lambda v: v) for m in months]
    line_above: tuple[str, set[str | None]] | None = None
    line_extra: dict[str, Any] = {}
    for row in range(block.first_data_row, block.last_data_row + 1):
        why = _row_kind(grid, block, row, label_plans + amount_plans, None)
        if why == "blank":
            continue
        carried = _carried_line(grid, row, label_cols, result.measure_col, line_above)
        if why is not None and carried is None:
            result.skipped.append(RowIssue(row, "", why))
            continue
        label = " ".join(cell_text(grid.value(row, c)) for c in label_cols).strip()
        if carried is not None:
            label = carried[0]
            line_above = (
                carried[0],
                carried[1] | {_row_measure(grid, row, result.measure_col, "")},
            )
        elif result.measure_col is not None and label:
            line_above = (label, {_row_measure(grid, row, result.measure_col, label)})
        present = {
            m.col: a for m in months if (a := _amount(grid.value(row, m.col), m)) is not None
        }
        if _is_total_row(present, sums):
            result.skipped.append(
                RowIssue(row, "", "total row (equals the sum of the rows above)", value=label)
            )
            sums = {}
            continue
        if not present and label:
            group, why = _heading_row(label, heading, group)
            result.skipped.append(RowIssue(row, "", why, value=label))
            continue
        for c, a in present.items():
            sums[c] = sums.get(c, 0.0) + a
        extra = _row_fields(grid, row, label_plans, filled=carried is not None)
        if carried is not None:
            extra = {**line_extra, **extra}  # CapEx/OpEx written once with the line
        else:
            line_extra = extra
        if group is not None:
            extra.setdefault("capex_opex", group)
        row_measure = _row_measure(grid, row, result.measure_col, label)
        lines.add_row(block, grid, row, label or f"Row {row}", months, row_measure, extra, result)
    result.items = [lines.merged[k] for k in lines.order]
    result.raw_text = [{} for _ in lines.order]
    if lines.assumed:
        result.notes.append(
            "nothing says whether the amounts are budget, actual or forecast; they were read as Budget"
        )
    return result


def _cost_line_columns(
    block: TableBlock,
    grid: Grid,
    months: list[MonthColumn],
    label_plans: list[ColumnPlan],
    result: RowsResult,
) -> list[int]:
    """The cost line's column(s): as mapped, else the first text column left of the months."""
    label_cols = [p.col for p in label_plans if p.key == "cost_line"]
    if label_cols:
        return label_cols
    first_month = min(m.col for m in months)
    for col in range(block.first_col, first_month):
        cell = block.header_at(col)
        values = [grid.value(r, col) for r in range(block.first_data_row, block.last_data_row + 1)]
        if sum(1 for v in values if isinstance(v, str) and v.strip()) >= 1:
            result.notes.append(
                f"cost line taken from column {cell.text if cell and cell.text else col!s}"
            )
            return [col]
    return []


def _measure_column(block: TableBlock, grid: Grid, months: list[MonthColumn]) -> int | None:
    """The first column whose every value names a measure (Budget / Actual / Forecast)."""
    month_set = {m.col for m in months}
    for col in range(block.first_col, block.last_col + 1):
        if col in month_set:
            continue
        values = [
            cell_text(grid.value(r, col))
            for r in range(block.first_data_row, block.last_data_row + 1)
        ]
        values = [v for v in values if v]
        if values and all(measure_in(v) for v in values):
            return col
    return None


def _is_total_row(present: dict[int, float], sums: dict[int, float]) -> bool:
    """True when the row's amounts equal the sums of the rows above it (a subtotal)."""
    return (
        len(present) >= 2
        and all(abs(a - sums.get(c, 0.0)) < 0.01 for c, a in present.items())
        and any(present.values())
    )


def _heading_row(label: str, heading: Converter | None, group: Any) -> tuple[Any, str]:
    """A row with a label and no amounts: a CapEx/OpEx heading (the rows under it take its
    value) or a row with nothing to adopt. Returns the group in force and the reason."""
    found = heading(label) if heading is not None else None
    if found is not None and found.problem is None and found.value is not None:
        return found.value, f"a group heading: the rows under it are {found.value}"
    return group, "no amount in any month"


def _carried_line(
    grid: Grid,
    row: int,
    label_cols: list[int],
    measure_col: int | None,
    line_above: tuple[str, set[str | None]] | None,
) -> tuple[str, set[str | None]] | None:
    """The cost line a measure row without one belongs to (round 6): a line written once
    over its Budget / Actual / Forecast rows, merged down or blank below. Only with a
    measure column, only a measure the line above has not had yet, and only when the
    line's cells are empty (or covered by the line's merged cell)."""
    if measure_col is None or line_above is None or not label_cols:
        return None
    measure = _row_measure(grid, row, measure_col, "")
    if measure is None or measure in line_above[1]:
        return None
    if any(not is_blank(grid.value(row, c)) for c in label_cols):
        return None
    if parse_number(grid.value(row, measure_col)) is not None:
        return None
    return line_above


def _row_fields(
    grid: Grid, row: int, label_plans: list[ColumnPlan], *, filled: bool = False
) -> dict[str, Any]:
    """The row's other mapped fields (category, CapEx/OpEx, notes) that convert cleanly;
    ``filled`` reads a merged cell's value on every row it covers."""
    extra: dict[str, Any] = {}
    for plan in label_plans:
        if plan.key == "cost_line":
            continue
        value = grid.filled(row, plan.col) if filled else grid.value(row, plan.col)
        converted = plan.convert(value)
        if converted.value is not None and converted.problem is None:
            extra[plan.key] = converted.value
    return extra


def _row_measure(grid: Grid, row: int, measure_col: int | None, label: str) -> str | None:
    """The measure a row states, in its measure column or a short row label."""
    measure = measure_in(cell_text(grid.value(row, measure_col))) if measure_col else None
    if measure is None and label and len(label.split()) <= 4:
        measure = measure_in(label)
    return measure


@dataclass
class _Lines:
    """Finance lines being built, one per (month, cost line), amounts added up."""

    default_measure: str | None
    merged: dict[tuple[date, str], dict[str, Any]] = field(default_factory=dict)
    order: list[tuple[date, str]] = field(default_factory=list)
    assumed: bool = False

    def add_row(
        self,
        block: TableBlock,
        grid: Grid,
        row: int,
        label: str,
        months: list[MonthColumn],
        row_measure: str | None,
        extra: dict[str, Any],
        result: RowsResult,
    ) -> None:
        """Add one source row's amounts to the lines of its months (text that is no
        amount is listed as not converted)."""
        for month in months:
            value = grid.value(row, month.col)
            if is_blank(value):
                continue
            amount = _amount(value, month)
            if amount is None:
                head = block.header_at(month.col)
                result.unconverted.append(
                    RowIssue(
                        row,
                        f"{_letter(month.col)}{row}",
                        "not an amount",
                        head.text if head is not None else "",
                        cell_text(value),
                    )
                )
                continue
            measure = month.measure or row_measure or self.default_measure
            if measure is None:
                measure, self.assumed = "budget", True
            key = (month.month, label)
            if key not in self.merged:
                self.merged[key] = {
                    "month": month.month,
                    "cost_line": label,
                    "source_row": row,
                    **extra,
                }
                self.order.append(key)
            self.merged[key][measure] = self.merged[key].get(measure, 0.0) + amount


def _amount(value: CellValue, month: MonthColumn) -> float | None:
    """A month cell's amount, in the unit of its column (a cell with its own unit, ``£12k``,
    is not scaled again)."""
    from addin.adopt.amounts import has_own_unit

    amount = parse_number(value)
    if amount is None or month.factor == 1:
        return amount
    if isinstance(value, str) and has_own_unit(value):
        return amount
    return amount * month.factor


def _letter(col: int) -> str:
    from addin.cells import column_letter

    return column_letter(col)
