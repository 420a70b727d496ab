"""Turning the rows of a classified table into register items, value by value.

Rows that are not items are skipped and listed: guidance rows under the header, blank
rows, stub rows holding only an ID or computed values (empty templates), note rows (one
text merged across the table), total and subtotal rows, and group headings. Values that
cannot be converted are kept as text for the workbook (so ``pmo check`` flags them) and
listed in the report.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from addin import layout
from addin.adopt.amount_columns import amount_unit_for_column, decimal_mark_for_column
from addin.adopt.amounts import is_no_amount
from addin.adopt.classify import OUTCOME_WORDS, converter_for, item_rows
from addin.adopt.continuation_rows import CONTINUES, continued_key, joined
from addin.adopt.convert import (
    Converted,
    Converter,
    is_no_date,
    number_converter,
    table_date_order,
)
from addin.adopt.dates import (
    day_month_without_year,
    letters_after_dates,
    period_bounds,
    schedule_flag,
)
from addin.adopt.deleted_rows import (
    NO_LINE,
    deleted_mark,
    is_not_applicable,
    repeated_entry,
    unused_row,
)
from addin.adopt.detect import TableBlock, example_row
from addin.adopt.grid import Grid, cell_text, is_blank
from addin.adopt.key_lines import key_lines_in, table_lines
from addin.adopt.paired_fields import TWO_FIELDS, part, second_field
from addin.adopt.people import PERSON_COLUMNS
from addin.adopt.placeholders import placeholder_row
from addin.adopt.print_furniture import header_repeated, page_line
from addin.adopt.readings import current, recording
from addin.adopt.report import RowIssue
from addin.adopt.revisions import first_agreed_fallback, revised_keys, with_lines
from addin.adopt.rollups import summary_rows
from addin.adopt.row_currencies import row_currencies
from addin.adopt.subtotals import PARENT_LINE, long_subtotal_rows, parent_line_rows
from addin.adopt.table_language import headers_in
from addin.adopt.title_units import states_unit, title_unit_line
from addin.adopt.total_rows import (
    is_payment_summary,
    is_total_label,
    named_after_total,
    sums_rows_above,
)
from addin.cells import address
from addin.derived import month_start
from addin.host import CellValue
from addin.standards import Standards

_NOTE = re.compile(
    r"^\s*(key terms|notes?|legend|definitions?|instructions?|guidance|glossary|how to use)\b",
    re.IGNORECASE,
)


#: Why a summary row (a phase or stage rolling up the rows under it) is not an item.
_SUMMARY = (
    "summary row: no owner, and its dates roll up the rows under it (a phase or stage "
    "heading, not an item)"
)

#: How many cells a note on a column's readings shows before "and N more".
_EXAMPLES = 5


def periods_as_days(convert: Converter) -> Converter:
    """A date column's converter that reads a period written where a day belongs (``Q3
    2026``, ``Mar-26``) by the ``period_dates`` reading: its last day, its first day, or
    (``none``) kept as text and listed; the cell's note says which."""

    def read(value: CellValue) -> Converted:
        bounds = period_bounds(value) if isinstance(value, str) else None
        if bounds is None or (isinstance(value, str) and day_month_without_year(value)):
            return convert(value)  # "14 Mar": a day with no year, never March 2014
        first, last, kind = bounds
        reading = current().period_dates
        text = value.strip() if isinstance(value, str) else ""
        if reading == "none":
            return Converted(
                text,
                f'{text!r} names a {kind}, not a day (readings "period_dates": "end" '
                "reads it as its last day)",
            )
        day = last if reading == "end" else first
        where = "last" if reading == "end" else "first"
        return Converted(
            day, note=f"{text!r} names a {kind}: read as its {where} day, {day:%d %b %Y}"
        )

    return read


@dataclass
class ColumnPlan:
    """How one source column feeds one canonical column."""

    col: int
    key: str
    header: str
    convert: Converter
    note: str | None = None
    #: a value read from the whole row rather than one cell (a month written as a fiscal
    #: period and a year in two columns); used instead of ``convert`` when set
    convert_row: Callable[[int], Converted] | None = None
    also_col: int | None = None  # the other source column ``convert_row`` reads
    #: what the report says of ``also_col`` (default: the two give the month)
    also_note: str | None = None
    #: round 39 (ox39): a blank cell takes the value ``convert_row`` carries down its block
    carried_down: bool = False


@dataclass
class RowsResult:
    """Items built from a table (as field dicts), with what was skipped or not converted."""

    items: list[dict[str, Any]] = field(default_factory=list)
    raw_text: list[dict[str, str]] = field(default_factory=list)  # per item: key -> kept text
    skipped: list[RowIssue] = field(default_factory=list)
    unconverted: list[RowIssue] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    measure_col: int | None = None  # finance: the column saying Budget / Actual / Forecast


#: not yet asked (the title's unit is read once per table, when a measure column needs it)
_UNASKED = object()


def _title_unit(block: TableBlock) -> tuple[float, str | None] | None:
    """The unit its title states for a finance table's measure columns (round 26,
    :mod:`addin.adopt.title_units`): ``(factor, note)``, asked once per table so every
    measure column says the same; None when the title states none (or a factor of 1)."""
    title = title_unit_line(block)
    if title is None:
        return None
    with recording():
        factor, note = amount_unit_for_column(title, "title")
    return (factor, note) if factor != 1 else None


def _units_row_unit(block: TableBlock, grid: Grid, col: int) -> tuple[float, str | None] | None:
    """Red team of round 29: the multiple the units row under the header
    (:func:`addin.adopt.finance.units_row`, ``£000`` under ``Budget | Actual``) states in a
    long finance table's measure column, as round 29 reads it under a month column; None
    when there is no units row, or its cell there states no multiple."""
    from addin.adopt.finance import units_row  # finance reads this module

    row = units_row(block, grid)
    if row is None:
        return None
    text = cell_text(grid.value(row, col)).strip()
    if not text:
        return None
    with recording():
        factor, note = amount_unit_for_column(text, "units row")
    return (factor, note) if factor != 1 else None


def _in_title_unit(
    unit: tuple[float, str | None], values: list[CellValue], header: str
) -> tuple[Converter, str | None]:
    """A finance measure column's converter in the title's unit, with its note."""
    factor, unit_note = unit
    comma, comma_note = decimal_mark_for_column(values, header)
    notes = "; ".join(n for n in (unit_note, comma_note) if n)
    return number_converter(factor, dot_thousands=comma, annotated=True), notes or None


def plan_columns(
    block: TableBlock, grid: Grid, register_key: str, mapping: dict[int, str], standards: Standards
) -> list[ColumnPlan]:
    """A converter per mapped column, set up from that column's values."""
    register = layout.REGISTERS_BY_KEY[register_key]
    plans = []
    rows = item_rows(block, grid)  # round 24's last hour: a subtotal's sums set up no reading
    dated = [
        ((cell.full if (cell := block.header_at(col)) else ""), [grid.value(r, col) for r in rows])
        for col, key in sorted(mapping.items())
        if register.column(key).kind == "date"
    ]
    title_unit: object = _UNASKED  # (factor, note), None, or not yet asked
    for col, key in sorted(mapping.items()):
        column = register.column(key)
        if column.computed:
            continue
        cell = block.header_at(col)
        header = cell.full if cell is not None else ""
        values = [grid.value(r, col) for r in rows]
        # the date order its values (or the table's language, or the order the table's
        # other date columns show) show is a reading for next month
        with (
            recording(),
            headers_in(h.full for h in block.headers),
            table_date_order(dated, block.titles),
            key_lines_in(table_lines(block, grid)),  # round 35's second wave; round 39's legend
        ):
            conv, note = converter_for(column, values, header, standards)
        if column.kind == "date":
            conv = periods_as_days(conv)
        under = (
            _units_row_unit(block, grid, col)
            if register_key == "finance" and column.kind == "money" and not states_unit(header)
            else None
        )
        if under is not None:  # red team of round 29: a units row under a long table's measure
            conv, note = _in_title_unit(under, values, header)
        elif register_key == "finance" and column.kind == "money" and not states_unit(header):
            if title_unit is _UNASKED:
                title_unit = _title_unit(block)
            if isinstance(title_unit, tuple):
                conv, note = _in_title_unit(title_unit, values, header)
        plans.append(ColumnPlan(col, key, header, conv, note))
    if register_key == "finance":
        _month_from_period_and_year(block, grid, plans)
        if "month" not in mapping.values() and plans:
            month_plan = _month_of_the_report(block, plans[0])  # round 29
            if month_plan is not None:
                plans.append(month_plan)
        for plan in plans:  # round 29's last hour: a ledger's Debit less its Credit
            if plan.key == "actual" and plan.convert_row is None:
                _net_of_credit(block, grid, plan)
        _budget_at_completion_spread(grid, plans, rows)  # round 31
        _valued_to_date(block, grid, plans, rows)  # red team of round 31's first wave
    if register_key == "decisions":
        _negative_outcomes(block, grid, mapping, plans)
    if register_key == "dependencies":
        _direction_from_sides(block, grid, plans, rows)  # round 30
    named = (
        status_named_by_sheet(block, register, standards)
        if "status" not in mapping.values()
        else None
    )
    carrier = next((p for p in plans if p.key not in ("id", "status")), None)
    if named is not None and carrier is not None:
        status, said = named
        closed_col = next((c for c, k in mapping.items() if k == "closed_date"), None)
        unclosed = f"no closed date in its row: not {status!r}, left without a status"

        def stated(row: int, status: str = status) -> Converted:
            if closed_col is not None and is_blank(grid.value(row, closed_col)):
                # a closed sheet's row whose own closed date is empty (reopened, moved
                # back, never closed) is not closed by the sheet's name (red team of
                # round 13): left empty, and the report counts it
                return Converted(None, note=unclosed)
            return Converted(status)

        plans.append(
            ColumnPlan(
                carrier.col,
                "status",
                said,
                carrier.convert,
                f"no status column: every item is {status!r}, as {said} says (round 13)",
                convert_row=stated,
            )
        )
    meeting = _decisions_at_the_meeting(block, grid, register_key, mapping, plans)
    if meeting is not None:
        plans.append(meeting)
    flagged = actual_dates_flagged(block, grid, register_key, mapping, plans)
    if flagged is not None:
        plans.append(flagged)
    for key in revised_keys(register_key):  # round 27: the owner too (`Owner (new)`)
        fallback = first_agreed_dates(block, grid, register_key, mapping, plans, standards, key)
        if fallback is not None:
            plans.append(fallback)
    for plan in list(plans):  # round 28: two short fields in one cell
        if plan.convert_row is None:
            paired = _paired_field(block, grid, register, plan, rows, standards, plans)
            if paired is not None:
                plans.append(paired)
    return plans


def _paired_field(
    block: TableBlock,
    grid: Grid,
    register: layout.Register,
    plan: ColumnPlan,
    rows: list[int],
    standards: Standards,
    plans: list[ColumnPlan],
) -> ColumnPlan | None:
    """The plan of the second field a column holds in every cell (``paired_fields``), with
    ``plan`` narrowed to the first part; None (``plan`` untouched) when the column holds one."""
    values = [grid.value(r, plan.col) for r in rows]
    heads = [grid.value(r, plan.col) for r in block.header_rows or (block.header_row,)]
    found = second_field(heads, values, register.key, plan.key, {p.key for p in plans})
    if found is None:
        return None
    first, second, key = found
    with recording():
        conv_a, _ = converter_for(
            register.column(plan.key), [part(v, 0) for v in values], first, standards
        )
        conv_b, _ = converter_for(
            register.column(key), [part(v, 1) for v in values], second, standards
        )
    if register.column(key).kind == "date":
        conv_b = periods_as_days(conv_b)
    plan.convert = lambda value: conv_a(part(value, 0))
    col = plan.col

    def second_part(row: int) -> Converted:
        value = part(grid.value(row, col), 1)
        return Converted(None) if value is None else conv_b(value)

    note = TWO_FIELDS.format(header=plan.header, first=first, second=second)
    return ColumnPlan(col, key, plan.header, conv_b, note, convert_row=second_part)


def _decisions_at_the_meeting(
    block: TableBlock,
    grid: Grid,
    register_key: str,
    mapping: dict[int, str],
    plans: list[ColumnPlan],
) -> ColumnPlan | None:
    """A decision log with no date column under a meeting's date (minutes: ``Meeting date:``
    above the decisions) has each decision taken that day (round 16,
    ``project.meeting_date``); noted. None for other registers or with a date column."""
    from addin.adopt.project import meeting_date

    if register_key != "decisions" or "date" in mapping.values():
        return None
    carrier = next((p for p in plans if p.key not in ("id", "date")), None)
    found = meeting_date(block.preamble, grid, block.sheet)
    if carrier is None or found is None:
        return None
    day, said = found

    def taken(row: int, day: date = day) -> Converted:
        return Converted(day)

    return ColumnPlan(
        carrier.col,
        "date",
        said,
        carrier.convert,
        f"no date column: every decision dated {day:%d %b %Y}, the meeting's date, as {said} "
        "says (round 16)",
        convert_row=taken,
    )


def first_agreed_dates(
    block: TableBlock,
    grid: Grid,
    register_key: str,
    mapping: dict[int, str],
    plans: list[ColumnPlan],
    standards: Standards,
    key: str | None = None,
) -> ColumnPlan | None:
    """The date first agreed (``Due Date``) read as the deadline on the rows where the
    revised one beside it (``Revised Due Date``) is empty or says there is none (``N/A``) (``revisions.first_agreed_fallback``;
    red team of round 14). None when there is no such pair or no row needs it. Round 27:
    ``key`` another field a revised column re-writes (the owner: ``Owner`` where ``Owner
    (new)`` is empty)."""
    headers = {h.col: with_lines(h.value, h.full) for h in block.headers if h.full}
    pair = first_agreed_fallback(headers, mapping, register_key, key)
    if pair is None:
        return None
    revised, first = pair
    plan = next((p for p in plans if p.col == revised), None)
    if plan is None:
        return None
    rows = range(block.first_data_row, block.last_data_row + 1)

    def not_revised(row: int) -> bool:
        # empty, or a word saying there is no date (`N/A`, `-`); `TBC` is a revision to come
        value = grid.value(row, revised)
        return is_blank(value) or is_no_date(cell_text(value))

    if not any(not_revised(r) and not is_blank(grid.value(r, first)) for r in rows):
        return None
    column = layout.REGISTERS_BY_KEY[register_key].column(plan.key)
    values = [grid.value(r, first) for r in rows]
    with recording(), headers_in(h.full for h in block.headers):
        conv, _ = converter_for(column, values, headers[first], standards)
    dated = plan.key != "owner"
    if dated:
        conv = periods_as_days(conv)

    def first_date(row: int) -> Converted:
        if not not_revised(row):
            return Converted(None)  # the revised date (or its TBC) is the deadline
        return conv(grid.value(row, first))

    first_what = (
        "the date first agreed, not re-planned"
        if dated
        else "the owner first assigned, not re-assigned"
    )
    note = (
        f"where {plan.header!r} is empty or N/A, {headers[first]!r} ({first_what}) is the "
        f"{column.name} (red team of round 14; round 27 for an owner)"
    )
    return ColumnPlan(first, plan.key, headers[first], conv, note, first_date)


def actual_dates_flagged(
    block: TableBlock,
    grid: Grid,
    register_key: str,
    mapping: dict[int, str],
    plans: list[ColumnPlan],
) -> ColumnPlan | None:
    """A milestone plan's current date column whose dates a scheduling tool flags as actual
    (Primavera P6 writes ``14-Mar-26 A`` in its ``Finish`` column for a finish that happened,
    ``14-Mar-26`` for one forecast): each flagged date is also the milestone's Actual Date,
    when no column is the actual date (round 14). None when no date of the column is
    flagged so."""
    if register_key != "milestones" or "actual_date" in mapping.values():
        return None
    plan = next((p for p in plans if p.key == "forecast_date"), None)
    if plan is None:
        return None

    def flagged_date(row: int) -> Converted:
        value = grid.value(row, plan.col)
        flag = schedule_flag(value) if isinstance(value, str) else None
        if flag is None or not flag[1]:
            return Converted(None)
        read = plan.convert(value)  # its note and problem are said once, by the column's
        return Converted(read.value if read.problem is None else None)

    rows = range(block.first_data_row, block.last_data_row + 1)
    if not any(isinstance(flagged_date(r).value, date) for r in rows):
        return None
    texts = [v for r in rows if isinstance(v := grid.value(r, plan.col), str)]
    if letters_after_dates(texts):
        return None  # rt41b: grades beside the dates (``B``, ``C``), no tool's actual flag
    note = (
        f"dates of {plan.header!r} flagged 'A' (the scheduling tool's actual dates) are "
        "also each milestone's Actual Date (round 14)"
    )
    return ColumnPlan(plan.col, "actual_date", plan.header, plan.convert, note, flagged_date)


#: Outcomes saying a request was not approved: the request's text is not what was decided.
_NOT_APPROVED = frozenset({"rejected", "declined", "refused", "denied", "not approved"})


def _negative_outcomes(
    block: TableBlock, grid: Grid, mapping: dict[int, str], plans: list[ColumnPlan]
) -> None:
    """An approvals log read as decisions (round 14) holds requests and their outcomes; a
    column left out whose every value is a bare outcome word (``Approved``, ``Rejected``)
    says which requests were refused: their decision text gets the outcome (``Drop report
    (Rejected)``), so a refused request does not read as decided (red team of round 14)."""
    plan = next((p for p in plans if p.key == "decision" and p.convert_row is None), None)
    if plan is None:
        return
    rows = range(block.first_data_row, block.last_data_row + 1)
    for cell in block.headers:
        if cell.col in mapping:
            continue
        texts = [cell_text(grid.value(r, cell.col)).strip() for r in rows]
        filled = [t.casefold() for t in texts if t]
        if len(filled) < 2 or not all(t in OUTCOME_WORDS | _NOT_APPROVED for t in filled):
            continue
        if not any(t in _NOT_APPROVED for t in filled):
            return
        outcome_col, convert = cell.col, plan.convert

        def with_outcome(
            row: int, convert: Converter = convert, outcome_col: int = outcome_col
        ) -> Converted:
            converted = convert(grid.value(row, plan.col))
            outcome = cell_text(grid.value(row, outcome_col)).strip()
            if isinstance(converted.value, str) and outcome.casefold() in _NOT_APPROVED:
                return Converted(f"{converted.value} ({outcome})")
            return converted

        plan.convert_row = with_outcome
        said = (
            f"{cell.text!r} says a request was not approved on some rows: their decision "
            "text says so"
        )
        plan.note = f"{plan.note}; {said}" if plan.note else said
        return


#: Words of a sheet name or title that name a list, not a status (the register's own words
#: are the synonyms' ``REGISTER_WORDS``).
_LIST_NOUNS = frozenset({"log", "logs", "register", "registers", "list", "lists", "items"})
_LIST_NOUNS |= frozenset({"item", "tracker", "raid", "points", "actions"})


def status_named_by_sheet(
    block: TableBlock, register: layout.Register, standards: Standards
) -> tuple[str, str] | None:
    """The closed status a table with no status column has by its sheet name or its title
    (round 13): an issue log split by hand keeps the items it closed on a sheet
    ``Closed issues`` (or ``Resolved issues``, ``Completed milestones``), moved across
    without their status. Unlike :mod:`addin.adopt.split` (round 11), the other sheets need
    not have the same columns (the open sheet's Status is the closed sheet's Resolution),
    and only a closed status is read from a name. Returns (the list value, where it was
    said), or None when the name says more than a closed status (``Closed issues 2025 -
    archive`` is not read), does not name the register (a tab ``Closed`` alone), names an
    open status, or the register has no status column."""
    from addin.adopt.convert import list_for_column
    from addin.adopt.synonyms import REGISTER_WORDS

    try:
        column = register.column("status")
    except KeyError:
        return None
    if not column.list_name or column.list_name not in standards.lists:
        return None
    closed = set(getattr(standards.closed_statuses, register.key.rstrip("s"), ()) or ())
    if register.key == "dependencies":
        closed = set(standards.closed_statuses.dependency)
    read = list_for_column(column.list_name, standards)
    titles = [(f"the sheet name {block.sheet!r}", block.sheet)]
    titles += [(f"the title {text!r}", text) for _, _, text in block.preamble if len(text) <= 40]
    for said, text in titles:
        words = [w for w in re.split(r"[\s_\-]+", text.strip()) if w]
        own = set(REGISTER_WORDS.get(register.key, ()))
        rest = [w for w in words if w.casefold() not in _LIST_NOUNS | own]
        if not rest or len(rest) > 2 or not any(w.casefold() in own for w in words):
            # "Closed issues" names the register and the status; a tab "Closed" alone, as
            # round 11 decided (tests/test_adopt_round11_broken.py), and "Closed in 2025"
            # say too little or more than a status
            continue
        converted = read(" ".join(rest))
        if converted.problem is None and converted.value in closed:
            return str(converted.value), said
    return None


def _month_from_period_and_year(block: TableBlock, grid: Grid, plans: list[ColumnPlan]) -> None:
    """A month written as a fiscal period and a fiscal year in two columns: read both."""
    from addin.adopt.periods import (
        calendar_pair,
        calendar_year_by_language,
        fiscal_start_in,
        month_of_period,
        period_and_year_columns,
    )
    from addin.adopt.readings import current

    rows = range(block.first_data_row, block.last_data_row + 1)
    values = {c.col: [grid.value(r, c.col) for r in rows] for c in block.headers}
    pair = period_and_year_columns(block.headers, values)
    plan = next((p for p in plans if p.key == "month"), None)
    if pair is None and plan is not None:
        _month_from_period_and_title(block, grid, values, plan)
        if not plan.carried_down:
            _month_carried_down(block, values, plan)
        return
    if pair is None or plan is None or plan.col != pair[0]:
        return
    period_col, year_col = pair
    titles = block.titles
    stated = fiscal_start_in(titles)
    # round 37 (ox37): SAP's ``Geschäftsjahr`` (a French ``Exercice``...) counts from
    # January when nothing states the year's first month: its language's financial year
    # is the calendar year
    heads = [h.text for h in (block.header_at(period_col), block.header_at(year_col)) if h]
    by_language = None if stated else calendar_year_by_language([*heads, *titles])
    start = stated or (1 if by_language else current().fiscal_year_start)
    calendar = calendar_pair(block.headers, pair, values[period_col])

    def convert_row(row: int) -> Converted:
        month = month_of_period(
            grid.value(row, period_col), grid.value(row, year_col), start, calendar
        )
        if month is None:
            text = cell_text(grid.value(row, period_col))
            if year_col != period_col:
                text += f" / {cell_text(grid.value(row, year_col))}"
            return Converted(text, f"{text!r} is not a fiscal period and year")
        return Converted(month)

    plan.convert_row, plan.also_col = convert_row, (None if year_col == period_col else year_col)
    year_head = block.header_at(year_col)
    if calendar:
        plan.note = (
            f"month read from the month and {year_head.text if year_head else 'year'!r} "
            "columns, as calendar months"
        )
        return
    plan.note = (
        (
            "month read from the fiscal period and year in each cell (001.2026)"
            if year_col == period_col
            else f"month read from the period and {year_head.text if year_head else 'year'!r} columns"
        )
        + ", "
        f"the financial year starting in month {start}"
        + (
            ""
            if stated
            else f" ({by_language!r} names the financial year of a language whose year is "
            "the calendar year, and nothing in the title says otherwise)"
            if by_language
            else " (nothing in the title says; set fiscal_year_start in the mapping file)"
        )
        + " and named by the year it starts in"
    )


def _month_of_the_report(block: TableBlock, carrier: ColumnPlan) -> ColumnPlan | None:
    """Every line's month when the table has none and the line above it gives the report's
    period as one month (round 29, :func:`addin.adopt.one_period.report_month`: MYOB's
    ``1/03/2026 To 31/03/2026``): the accounts' amounts are that month's."""
    from addin.adopt.one_period import block_month
    from addin.adopt.periods import month_label

    if any(month_label(head) for head in block.headers):
        # red team of round 29: month headers (``Jan-26 | Feb-26``) are the table's months;
        # a period line above a monthly budget is no month of every row
        return None
    found = block_month(block)
    if found is None:
        return None
    month, line = found
    return ColumnPlan(
        carrier.col,
        "month",
        line,
        carrier.convert,
        f"no month column: every line is {month:%b %Y}'s, the report's period ({line!r})",
        convert_row=lambda _row: Converted(month),
    )


def _direction_from_sides(
    block: TableBlock, grid: Grid, plans: list[ColumnPlan], rows: list[int]
) -> None:
    """A dependency's direction and counterparty from its ``From`` / ``To`` columns (round
    30, :func:`addin.adopt.sides.direction_pair`), when the direction is mapped on the
    giving column and the counterparty on the taking one: each row's direction is Inbound
    where this project takes, Outbound where it gives, and its counterparty the other side
    (in place)."""
    from addin.adopt.sides import direction_of_row, direction_pair

    direction = next((p for p in plans if p.key == "direction"), None)
    party = next((p for p in plans if p.key == "counterparty_project_id"), None)
    if direction is None or party is None:
        return
    heads = {c.col: c.text for c in block.headers if c.text}
    pair = direction_pair(
        {c: heads[c] for c in (direction.col, party.col) if c in heads},
        {c: [grid.value(r, c) for r in rows] for c in (direction.col, party.col)},
        block.titles,
    )
    if pair is None or pair[:2] != (direction.col, party.col):
        return
    give, take, own = pair
    name = next(
        (
            cell_text(grid.value(r, give)).strip()
            for r in rows
            if cell_text(grid.value(r, give)).strip().casefold() == own
        ),
        own,
    )

    def way(row: int) -> Converted:
        return Converted(direction_of_row(grid.value(row, give), grid.value(row, take), own))

    def other(row: int) -> Converted:
        a, b = grid.value(row, give), grid.value(row, take)
        side = b if cell_text(a).strip().casefold() == own else a
        return Converted(None if is_blank(side) else cell_text(side).strip())

    said = (
        f"{name!r} is on one side of every row (this project): Inbound where it is under "
        f"{party.header!r}, Outbound where under {direction.header!r}; the counterparty is "
        "the other side"
    )
    direction.convert_row, direction.note = way, said
    party.convert_row, party.note = other, said


def _net_of_credit(block: TableBlock, grid: Grid, plan: ColumnPlan) -> None:
    """A ``Debit`` column read as the actual, with a ``Credit`` column beside it (round 29's
    last hour, :func:`addin.adopt.one_period.credit_column`): each line's actual is its
    debit less its credit, the ledger's net; a line with no debit gives none."""
    from addin.adopt.one_period import credit_column

    credit = credit_column(block, plan.col)
    if credit is None:
        return
    convert, debit = plan.convert, plan.col
    credit_head = block.header_at(credit)
    credit_name = credit_head.text if credit_head is not None else "Credit"

    def convert_row(row: int) -> Converted:
        got = convert(grid.value(row, debit))
        written = grid.value(row, credit)
        if got.problem is not None or is_blank(written) or not isinstance(got.value, float):
            return got
        less = convert(written)
        if less.problem is not None or not isinstance(less.value, float):
            return Converted(None, f"{cell_text(written)!r} under {credit_name!r} is no amount")
        return Converted(got.value - less.value)

    said = f"the actual is each line's {plan.header!r} less its {credit_name!r} (the ledger's net)"
    plan.note = f"{plan.note}; {said}" if plan.note else said
    plan.convert_row, plan.also_col = convert_row, credit
    plan.also_note = f"read with {plan.header!r}: the actual is the debit less the credit"


def _budget_at_completion_spread(grid: Grid, plans: list[ColumnPlan], rows: list[int]) -> None:
    """Round 31 (:mod:`addin.adopt.at_completion`): a ``BAC`` column read as the budget of
    a long table, the same amount on every row of each line, is the line's whole budget:
    spread evenly over the line's months, and said in the column's note."""
    from addin.adopt.at_completion import at_completion, line_shares, revised, spread_row

    budget = next((p for p in plans if p.key == "budget"), None)
    month = next((p for p in plans if p.key == "month"), None)
    line = next((p for p in plans if p.key == "cost_line"), None)
    if budget is None or month is None or line is None or budget.convert_row is not None:
        return
    if not at_completion(budget.header):
        return

    def read(plan: ColumnPlan, row: int) -> Converted:
        return (
            plan.convert_row(row) if plan.convert_row else plan.convert(grid.value(row, plan.col))
        )

    months = {r: v for r in rows if isinstance(v := read(month, r).value, date)}
    amounts = {r: float(v) for r in rows if isinstance(v := read(budget, r).value, (int, float))}
    shares = line_shares(grid, rows, budget.col, line.col, months, amounts)
    if shares is None:
        return
    budget.convert_row = spread_row(shares, lambda r: budget.convert(grid.value(r, budget.col)))
    said = (
        f"{budget.header!r} is each line's budget at completion, the same on every row of the "
        "line: read once per line, spread evenly over its months here (cents rounded, the "
        "remainder in the last month), so the line's budget totals its BAC"
    )
    if revised(grid, rows, budget.col, line.col):  # round 32 (red team)
        said += (
            "; a BAC revised down a line is read at its latest figure (the line's budget "
            "now), not once a month"
        )
    budget.note = f"{budget.note}; {said}" if budget.note else said


def _valued_to_date(
    block: TableBlock, grid: Grid, plans: list[ColumnPlan], rows: list[int]
) -> None:
    """Red team of round 31's first wave (:mod:`addin.adopt.running_totals`): an actual
    column of running totals beside a column of what was certified before (a payment
    application's ``Gross valuation`` beside ``Less previously certified``) is read as each
    row's figure less the line's row before, and the column's note says so."""
    from addin.adopt.finance import cumulative_in
    from addin.adopt.running_totals import PREVIOUS, period_row, period_rows

    actual = next((p for p in plans if p.key == "actual"), None)
    if actual is None or actual.convert_row is not None:
        return
    if cumulative_in(actual.header):
        # round 37 (ox37): a header saying its running total itself (``Gross valuation
        # (cumulative)``) is turned into months by the running-total reading of the
        # finance rows (``finance``: each month less the month before); turned here too,
        # each month was the difference of the differences
        return
    mapped = {p.col for p in plans}
    previous = [h.col for h in block.headers if h.col not in mapped and PREVIOUS.search(h.full)]
    if not previous:
        return
    line = next((p for p in plans if p.key == "cost_line"), None)
    lines: dict[str, list[int]] = {}
    for row in rows:
        if is_blank(grid.value(row, actual.col)):
            continue
        name = cell_text(grid.value(row, line.col)).strip().casefold() if line else ""
        lines.setdefault(name, []).append(row)
    found = period_rows(grid, lines, actual.col, previous)
    if found is None:
        return
    earlier, col = found
    as_written = actual.convert

    def read(row: int) -> Converted:
        return as_written(grid.value(row, actual.col))

    actual.convert_row = period_row(earlier, read)
    head = block.header_at(col)
    said = (
        f"{actual.header!r} is a running total (valued to date, beside "
        f"{head.full if head else 'a previous column'!r}, each row at least it and never "
        "falling): each row's actual is its figure less the row before on its line"
    )
    actual.note = f"{actual.note}; {said}" if actual.note else said


def _month_from_period_and_title(
    block: TableBlock, grid: Grid, values: dict[int, list[object]], plan: ColumnPlan
) -> None:
    """A month written as a period or a month's name without its year, the year in the
    title (round 24, :func:`addin.adopt.periods.title_year_period_column`): read both, and
    say which year and financial year start were used."""
    from addin.adopt.finance import year_in
    from addin.adopt.periods import (
        carried_down_months,
        carried_month,
        month_of_period,
        title_year_period_column,
    )

    titles = block.titles
    found = title_year_period_column(block.headers, values, titles)
    if found is None or found[0] != plan.col:
        return
    col, year, start = found
    # round 33: the titles end with the sheet's name; say which of them gave the year
    stated = "the title states" if year_in(titles[:-1]) == year else "the sheet's name states"
    column = values.get(col, [])
    # round 39 (ox39): a month's name on its block's first row only holds for the block
    carried = carried_down_months(column)

    def convert_row(row: int) -> Converted:
        written = grid.value(row, col)
        if carried and is_blank(written):
            written = carried_month(column, row - block.first_data_row)
        month = month_of_period(written, year, start)
        if month is None:
            text = cell_text(written)
            return Converted(text, f"{text!r} is not a period or a month's name")
        return Converted(month)

    plan.convert_row = convert_row
    plan.carried_down = carried
    plan.note = f"month read from the period in each cell and the year {stated} ({year}), " + (
        "as calendar months" if start == 1 else f"the financial year starting in month {start}"
    )
    if carried:
        plan.note += "; a month named on its block's first row holds for the rows below it"


def _month_carried_down(
    block: TableBlock, values: dict[int, list[object]], plan: ColumnPlan
) -> None:
    """Round 41 (t52a): a month column written on each month block's first row only, with
    its year (``märts 2026`` over three cost lines, blank below, a ``Kokku`` row closing
    the block: :func:`addin.adopt.periods.carried_down_months`), holds for its block's rows
    as a merged month does (round 38) and a month's name does (round 39, ox39): the blank
    cells take the month above them in their block, read as the column reads it."""
    from addin.adopt.periods import carried_down_months, carried_month

    column = values.get(plan.col, [])
    if not carried_down_months(column):
        return
    convert = plan.convert

    def convert_row(row: int) -> Converted:
        written = column[row - block.first_data_row]
        if is_blank(written):
            written = carried_month(column, row - block.first_data_row)
        return convert(written)

    plan.convert_row = convert_row
    plan.carried_down = True
    said = "a month named on its block's first row holds for the rows below it"
    plan.note = f"{plan.note}; {said}" if plan.note else said


def _looks_like_id(value: object) -> bool:
    """``7``, ``R7``, ``RSK-107``, ``A.1``: a number or a short code with a digit."""
    if isinstance(value, int | float):
        return True
    text = str(value).strip()
    return len(text) <= 20 and any(ch.isdigit() for ch in text) and text.count(" ") <= 1


def typical_width(grid: Grid, block: TableBlock) -> int:
    """The median number of filled cells in the table's non-blank rows."""
    widths = sorted(
        n
        for n in (
            len(grid.nonblank_cols(r, block.first_col, block.last_col))
            for r in range(block.first_data_row, block.last_data_row + 1)
        )
        if n
    )
    return widths[len(widths) // 2] if widths else 0


def row_kind(
    grid: Grid,
    block: TableBlock,
    row: int,
    plans: list[ColumnPlan],
    id_col: int | None,
    typical: int = 0,
) -> str | None:
    """Why a row is not an item (None when it is one)."""
    cols = grid.nonblank_cols(row, block.first_col, block.last_col)
    if not cols:
        return "blank"
    if row in block.guidance_rows:
        if example_row([cell_text(grid.value(row, c)).strip() for c in cols]):
            return "the template's example row under the header (an example, not an item)"
        return "guidance row under the header (instructions, not an item)"
    first_text = cell_text(grid.value(row, cols[0]))
    if is_total_label(first_text) and not (
        # round 38 (ox38): ``Total Quality Management`` names a line unless it sums those above
        named_after_total(first_text) and not sums_rows_above(block, grid, row)
    ):
        return "total row"
    if is_payment_summary(first_text) and any(p.key == "cost_line" for p in plans):
        # round 32: a payment application's retention, tax and amount due under its items
        return "a payment summary line (retention, tax, amounts before or due): no cost line"
    printed = page_line([grid.value(row, c) for c in cols])
    if printed is not None:  # round 28: a page's number, stamp or marking (print_furniture)
        return printed
    again = header_repeated(
        [(c, grid.value(row, c)) for c in cols],
        [
            [(c, grid.value(h, c)) for c in range(block.first_col, block.last_col + 1)]
            for h in block.header_rows or (block.header_row,)
        ],
    )
    if again is not None:  # round 28: the header copied at a page break
        return again
    status_col = next((p.col for p in plans if p.key == "status"), None)
    done_if_struck = any(p.key in _STRUCK_WHEN_DONE for p in plans)
    deleted = deleted_mark(grid, row, cols, id_col, status_col, grid.struck, done_if_struck)
    if deleted is not None:
        return deleted
    unused = unused_row(grid, row, cols, id_col)
    if unused is not None:
        return unused
    placeholder = placeholder_row(grid, row, cols, plans, id_col)  # round 31
    if placeholder is not None:
        return placeholder
    title_col = next((p.col for p in plans if p.key in _OWN_TITLES), None)
    repeated = repeated_entry(grid, row, block.first_data_row, status_col, title_col)
    if repeated is not None:
        return repeated
    no_line = _line_not_applicable(grid, row, plans)
    if no_line is not None:
        return no_line
    no_amount = _no_amount_yet(grid, row, cols, plans)
    if no_amount is not None:
        return no_amount
    month_cols = {p.col for p in plans if p.key == "month"}
    if month_cols and set(cols) <= month_cols and any(p.key in _MONEY_KEYS for p in plans):
        # round 32's last hour: a finance log's month written ahead, alone on its row
        return "a month written ahead with nothing in it yet (no line, no amount): no item"
    if (
        len(cols) == 1
        and cols[0] != id_col
        and isinstance(grid.value(row, cols[0]), date)
        and any(p.key in _ITEM_TEXTS for p in plans)
    ):
        # round 32's last hour: a register's row holding a date alone (a log's dates
        # written ahead, a date typed before the item): no item named, nothing adopted
        return "a date alone, with no item text and no ID: nothing named to adopt"
    # round 29: a section band with a remark beside it (``COMMERCIAL`` ... ``agreed with
    # sponsor`` in the notes column) is still a band: the remarks column is left out when
    # the row's other cells are all in it
    cols = _without_remarks(grid, block, row, cols, plans)
    if len(cols) == 1:
        span = grid.merged_span(row, cols[0])
        if span is not None and span[3] - span[1] >= 2:
            return "note row (one text across the table)"
        label = first_text.partition(":")[0].strip().casefold()
        headers = {c.text.casefold() for c in block.headers if c.text}
        if _NOTE.match(first_text) or (":" in first_text and label in headers):
            return "note row (a heading or a definition of a column, not an item)"
        value = grid.value(row, cols[0])
        if (
            typical >= 3
            and (cols[0] != id_col or not _looks_like_id(value))
            and isinstance(value, str)
            and len(value) <= 60
            and cols[0] <= min((p.col for p in plans if p.key != "id"), default=cols[0])
        ):
            return "group heading (one label across the row, no values)"
    if _label_line(grid, row, cols, plans, id_col):
        return f"a label and its value ({first_text!r}), not an item: no item text, words in the ID"
    content_cols = {p.col for p in plans if p.key != "id"}
    labels = {p.col for p in plans if p.key in ("cost_line", "month")}
    if labels and not (set(cols) & labels):
        return "amount without cost line or month (a total?)"
    if id_col is not None and not (set(cols) & content_cols):
        return "stub row: only an ID or computed values, nothing to adopt"
    if not (set(cols) & content_cols):
        return "stub row: no value in any adopted column"
    return _decision_to_make(grid, row, plans)


def remarks_header(text: str) -> bool:
    """Whether a header names a remarks column (``Notes``, ``Comments``, ``Remarks``,
    ``비고``, ``Kommentar``): the vocabularies' words for a finance line's notes, the one
    register field that is nothing but remarks, read as the whole header (round 29)."""
    from addin.adopt.match import candidates

    found = candidates(text, "finance") if text.strip() else []
    return bool(found) and found[0].column_key == "notes" and found[0].confidence >= 0.95


def _without_remarks(
    grid: Grid, block: TableBlock, row: int, cols: list[int], plans: list[ColumnPlan]
) -> list[int]:
    """The row's first filled cell alone when every other filled cell is in a remarks
    column (:func:`remarks_header`) that feeds no field but notes (or the description a
    ``Notes`` header is read as where the register has no notes), else ``cols``: a band
    (``PEOPLE``) whose only other cell is a remark is read as a band (round 29; round 28
    left it: the remark made the band a row of two cells, its category lost)."""
    if len(cols) < 2 or cols[0] != block.first_col:
        return cols  # a band is written in the table's first column
    if any(p.col == cols[0] and p.key in _OWN_TITLES for p in plans):
        # red team of round 29: in a register whose first column is the item's own title
        # (``Risk | Owner | ... | Comments``), a title with a remark beside it is an item
        # not yet filled in (``Ground conditions worse than surveyed`` ... ``Awaiting the
        # survey report``), not a band: it was dropped as a group heading
        return cols
    fed = {p.col for p in plans if p.key not in ("notes", "description")}
    for col in cols[1:]:
        head = block.header_at(col)
        if col in fed or head is None or not remarks_header(head.full or head.text or ""):
            return cols
    return cols[:1]


def _decision_to_make(grid: Grid, row: int, plans: list[ColumnPlan]) -> str | None:
    """Why a decision log's row with neither a decision nor a date is no decision made (a
    question still open, its maker still to decide: red team of round 17, adopted as a
    decision of no text made by that person), or None. A row with its date is a decision."""
    cols = {
        p.key: p.col
        for p in plans
        if p.key == "decision" or (p.key == "date" and p.convert_row is None)
    }
    if len(cols) < 2 or any(not is_blank(grid.value(row, c)) for c in cols.values()):
        return None
    return "a decision still to be made: no decision and no date in its row, not adopted"


#: The title columns of registers of deliverables, whose PMs strike a line through an item
#: achieved (a milestone done), not through an item withdrawn (``deleted_rows``).
_STRUCK_WHEN_DONE = frozenset({"milestone"})

#: The columns holding an item's own title (its name in the register).
_OWN_TITLES = frozenset({"title", "assumption", "decision", "milestone"})


#: A finance row's amount columns: the register's money columns, and the month columns an
#: unpivoted tracker reads as ``amount``.
_MONEY_KEYS = frozenset(c.key for c in layout.FINANCE.columns if c.kind == "money") | {"amount"}


def _line_not_applicable(grid: Grid, row: int, plans: list[ColumnPlan]) -> str | None:
    """Round 27 (its last hour): a finance row whose cost line says ``n/a`` and whose
    amounts hold no number (``n/a`` or empty) names no line and spends nothing: a PMO
    analyst reads it as a line withdrawn, no line of the tracker. A row of ``n/a`` line
    with an amount beside it is left to the other rules (money is never dropped here)."""
    line = next((p.col for p in plans if p.key == "cost_line"), None)
    if line is None or not is_not_applicable(grid.value(row, line)):
        return None
    amounts = [p.col for p in plans if p.key in _MONEY_KEYS]
    if not amounts or any(
        not is_blank(v := grid.value(row, c)) and not is_not_applicable(v) for c in amounts
    ):
        return None
    return NO_LINE.format(word=str(grid.value(row, line)).strip())


#: What a finance row may hold beside its amounts and still say nothing of its own.
_LINE_KEYS = frozenset({"month", "cost_line", "category", "capex_opex"})


def _no_amount_yet(grid: Grid, row: int, cols: list[int], plans: list[ColumnPlan]) -> str | None:
    """Round 31's last hour: a finance row of a month and a line whose every amount says
    none yet (``TBC``, ``-``, ``n/a``, or blank), with no note beside it, is no line of the
    month: a PMO analyst counts nothing there (a plan still to come). A row with one
    number, or a remark, is left to the other rules (money is never dropped here)."""
    by_col = {p.col: p.key for p in plans}
    keys = set(by_col.values())
    if "cost_line" not in keys or "month" not in keys:
        return None
    amounts = [c for c, k in by_col.items() if k in _MONEY_KEYS]
    if not amounts:
        return None
    said: list[str] = []
    for col in cols:
        key = by_col.get(col)
        value = grid.value(row, col)
        if key in _LINE_KEYS:
            continue
        if key not in _MONEY_KEYS or not isinstance(value, str) or not is_no_amount(value):
            return None
        said.append(value.strip())
    if not said:
        return None
    return f"no amount yet ({' | '.join(said)}): no line of the month"


#: The columns holding an item's own text: a row with none of them is named by nothing.
_ITEM_TEXTS = frozenset({"title", "description", "assumption", "decision", "milestone"})


def _label_line(
    grid: Grid, row: int, cols: list[int], plans: list[ColumnPlan], id_col: int | None
) -> bool:
    """True for a line such as ``Last reviewed | | Raj Patel | | 06/03/2026`` under a
    register: words of a label (two words or more, or one before a colon) in the ID column,
    first in the row, and nothing in the item's text columns (red team of round 17: an
    untitled issue owned by the reviewer, due on the review date). An untitled row with an
    ID (``I-02``) stays an item."""
    texts = {p.col for p in plans if p.key in _ITEM_TEXTS}
    if id_col is None or cols[0] != id_col or not texts or set(cols) & texts:
        return False
    value = grid.value(row, id_col)
    if not isinstance(value, str) or _looks_like_id(value):
        return False
    return bool(re.search(r"[^\W\d_]{2,}\s+[^\W\d_]{2,}|[^\W\d_]{2,}\s*:\s*$", value))


def _merged_month(grid: Grid, block: TableBlock, row: int, col: int) -> CellValue:
    """Round 38 (t46b): a month written once and merged down over its lines' rows
    (``2026年4月`` over four cost lines) holds for every row it spans: the merged block's
    value when the cell is covered by one that starts on an item row above, else None."""
    origin = grid.merged_origin(row, col)
    if origin is None or origin[1] != col or not block.first_data_row <= origin[0] < row:
        return None
    return grid.value(*origin)


def build_items(
    block: TableBlock,
    grid: Grid,
    register_key: str,
    plans: list[ColumnPlan],
    rows: list[int] | None = None,
) -> RowsResult:
    """Convert the table's rows (or the given ``rows``) into item field dicts."""
    result = RowsResult()
    id_col = next((p.col for p in plans if p.key == "id"), None)
    register = layout.REGISTERS_BY_KEY[register_key]
    todo = rows if rows is not None else list(range(block.first_data_row, block.last_data_row + 1))
    for note in dict.fromkeys(p.note for p in plans if p.note):
        result.notes.append(note)
    tally = _Tally(typical=typical_width(grid, block))
    if register_key == "finance":  # round 34 (v36f): a currency written on each row
        tally.currency, tally.other_currency = row_currencies(grid, block, todo)
    # round 25: a long finance table's subtotal rows (no cost line, the sum of the lines)
    subtotals = long_subtotal_rows(grid, todo, plans, register_key)
    # round 41 (t52d): a parent row naming the line of the month rows under it
    parents, tally.carried_lines = parent_line_rows(grid, todo, plans, register_key)
    with recording():
        rollups = summary_rows(
            grid, block, register_key, [(p.col, p.key, p.convert) for p in plans], todo
        )
        for row in todo:
            if row in subtotals:
                result.skipped.append(
                    RowIssue(row, "", subtotals[row], value=_row_preview(grid, block, row))
                )
                continue
            if row in rollups:
                result.skipped.append(
                    RowIssue(row, "", _SUMMARY, value=_row_preview(grid, block, row))
                )
                continue
            if row in parents:
                result.skipped.append(
                    RowIssue(row, "", PARENT_LINE, value=_row_preview(grid, block, row))
                )
                continue
            _convert_row(grid, block, register, plans, row, id_col, result, tally)
    stubs, emptied = tally.stubs, tally.emptied
    for header, used in tally.readings_used.items():
        shown = "; ".join(f"row {row}: {note}" for row, note in used[:_EXAMPLES])
        more = f" (and {len(used) - _EXAMPLES} more)" if len(used) > _EXAMPLES else ""
        result.notes.append(f"{header!r}: {shown}{more}")
    for (header, note), n in emptied.items():
        result.notes.append(f"{header!r}: {note} ({n} cell{'s' if n > 1 else ''})")
    if stubs:
        result.skipped.append(
            RowIssue(
                stubs[0],
                "",
                f"{len(stubs)} stub row(s) {row_ranges(stubs)}: only an ID or computed values, nothing to adopt",
            )
        )
    return result


@dataclass
class _Tally:
    """What the rows of one table said besides their items, gathered for the notes."""

    typical: int = 0  # the median number of filled cells in a row
    last_row: int | None = None  # the last row of the last item (its own or a continuation)
    stubs: list[int] = field(default_factory=list)
    emptied: dict[tuple[str, str], int] = field(default_factory=dict)  # (header, note) -> n
    readings_used: dict[str, list[tuple[int, str]]] = field(default_factory=dict)
    currency: str = ""  # the table's currency where its rows name theirs (round 34)
    other_currency: dict[int, str] = field(default_factory=dict)  # row -> its own currency
    carried_lines: dict[int, str] = field(default_factory=dict)  # row -> its parent's line


#: Why a mapped cell holding a formula the file never calculated is left empty (red team of
#: round 17: a due date of ``=G2+30`` written by a script was dropped without a word).
_UNCALCULATED = (
    "a formula with no saved result (the file was written without calculating it): left "
    "empty; open and save the file in Excel or LibreOffice, then adopt again"
)


def _formula_not_calculated(grid: Grid, row: int, col: int) -> str | None:
    """The formula of a cell whose result the file does not hold, or None."""
    if (row, col) not in grid.sheet.uncached:
        return None
    return grid.sheet.formulas.get((row, col), "=")


def _convert_row(
    grid: Grid,
    block: TableBlock,
    register: layout.Register,
    plans: list[ColumnPlan],
    row: int,
    id_col: int | None,
    result: RowsResult,
    tally: _Tally,
) -> None:
    """One row into an item of ``result`` (or a skipped row), value by value."""
    # round 28: the rest of the item above's text, cut over two rows by a conversion
    above = result.items[-1] if result.items else None
    texts = {p.col: p.key for p in plans if p.convert_row is None}
    filled = grid.nonblank_cols(row, block.first_col, block.last_col)
    goes_on = continued_key(grid, row, filled, texts, register, above, tally.last_row)
    if goes_on is not None and above is not None:
        header = next(p.header for p in plans if p.key == goes_on)
        above[goes_on] = joined(above[goes_on], str(grid.value(row, filled[0])))
        continued = CONTINUES.format(row=above["source_row"], header=header)
        result.skipped.append(RowIssue(row, "", continued, value=_row_preview(grid, block, row)))
        tally.last_row = row
        return
    why = row_kind(grid, block, row, plans, id_col, tally.typical)
    if why == "blank":
        return
    if why is not None:
        if why.startswith("stub"):
            tally.stubs.append(row)
        elif why.startswith("group heading"):
            # round 29: the band's own label, without a remark beside it
            first = grid.nonblank_cols(row, block.first_col, block.last_col)[0]
            label = cell_text(grid.value(row, first))[:80]
            preview = _row_preview(grid, block, row)
            if preview != label:
                why = f"{why}; the remark beside it left out: {preview!r}"
            result.skipped.append(RowIssue(row, "", why, value=label))
        else:
            result.skipped.append(RowIssue(row, "", why, value=_row_preview(grid, block, row)))
        return
    fields: dict[str, Any] = {"source_row": row}
    tally.last_row = row
    raw: dict[str, str] = {}
    for plan in plans:
        value = grid.value(row, plan.col)
        col, convert = plan.col, plan.convert
        if is_blank(value) and plan.key == "month":
            value = _merged_month(grid, block, row, col)
        if is_blank(value) and plan.key == "cost_line":
            value = tally.carried_lines.get(row)
        if is_blank(value) and plan.carried_down and plan.convert_row is not None:
            carried = plan.convert_row(row)  # round 39 (ox39): the month named above
            if carried.problem is None:
                value = carried.value
        if is_blank(value):
            formula = _formula_not_calculated(grid, row, col)
            if formula is not None:
                result.unconverted.append(
                    RowIssue(row, address(row, col), _UNCALCULATED, plan.header, formula)
                )
            continue
        converted: Converted = (
            plan.convert_row(row) if plan.convert_row is not None else convert(value)
        )
        other = tally.other_currency.get(row)
        if other and converted.problem is None and register.column(plan.key).kind == "money":
            text = cell_text(value)
            converted = Converted(
                text,
                f"{text!r} is in {other} (the row's currency) where this table's amounts are "
                f"in {tally.currency}: not added as {tally.currency}; convert it, or adopt "
                f"the {other} lines separately",
            )
        if converted.problem is not None:
            result.unconverted.append(
                RowIssue(
                    row,
                    address(row, col),
                    converted.problem,
                    plan.header,
                    cell_text(value),
                )
            )
            raw[plan.key] = cell_text(value)
            continue
        if converted.value is None:
            if converted.note:  # "NA" in a date column: emptied, and said so
                said = (plan.header, converted.note)
                tally.emptied[said] = tally.emptied.get(said, 0) + 1
            continue
        out = converted.value
        # round 34 (v36f): an amount read without the note written after it in its cell
        if converted.note and (plan.key in PERSON_COLUMNS or isinstance(out, date | float | int)):
            tally.readings_used.setdefault(plan.header, []).append((row, converted.note))
        column = register.column(plan.key)
        if column.kind == "month" and hasattr(out, "year"):
            out = month_start(out)  # type: ignore[arg-type]
        if plan.key in fields and isinstance(fields[plan.key], str) and isinstance(out, str):
            fields[plan.key] = f"{fields[plan.key]}\n{out}"
        else:
            fields[plan.key] = out
    if _nothing_booked(register, plans, fields, raw):
        result.skipped.append(
            RowIssue(row, "", _NOTHING_BOOKED, value=_row_preview(grid, block, row))
        )
        return
    result.items.append(fields)
    result.raw_text.append(raw)


#: Round 38 (ox38): why a finance row with neither its month nor any amount is left out.
_NOTHING_BOOKED = "no month and no amount: nothing booked on this row yet (left out)"


def _nothing_booked(
    register: layout.Register, plans: list[ColumnPlan], fields: dict[str, Any], raw: dict[str, str]
) -> bool:
    """Round 38 (ox38): whether a finance row, in a table that maps a month and an amount,
    holds neither (read or unread): a purchase order tracker's order still open (no
    ``Faturado``, no ``Data fatura``) is no finance fact yet, as a person reading the
    invoiced months would not count it; its line is adopted from the orders invoiced."""
    if register.key != "finance":
        return False
    money = {c.key for c in register.columns if c.kind == "money"}
    mapped = {p.key for p in plans}
    if "month" not in mapped or not mapped & money:
        return False
    return not ({"month", *money} & (set(fields) | set(raw)))


def _row_preview(grid: Grid, block: TableBlock, row: int) -> str:
    texts = [
        cell_text(grid.value(row, c))
        for c in grid.nonblank_cols(row, block.first_col, block.last_col)
    ]
    return " | ".join(texts)[:80]


def row_ranges(rows: list[int]) -> str:
    """[11, 12, 13, 15] -> "11-13, 15"."""
    parts: list[str] = []
    start = prev = rows[0]
    for r in rows[1:]:
        if r == prev + 1:
            prev = r
            continue
        parts.append(f"{start}-{prev}" if prev > start else str(start))
        start = prev = r
    parts.append(f"{start}-{prev}" if prev > start else str(start))
    return "rows " + ", ".join(parts)
