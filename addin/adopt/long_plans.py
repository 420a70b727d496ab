"""A LONG resource plan read as the same plan written wide (round 25).

A resource plan keeps one figure per person (or role) and period whichever way it is
written. Written wide (``Name | Role | Wk 15 | Wk 16``, ``Team | Role | Apr-26``), adoption
reads it whatever the period (month dates, ``Apr-26``, week-commencing dates, ``Wk 15``),
the unit (days, hours by the title's ``8 hours = 1 day``, FTE or % by the title's
statement), the teams (sections, a team column) and who (person, role, both). Written long
(one row per person and period: ``Name | Week commencing | Effort``) it was read only for
months and a header saying planned days (:func:`addin.adopt.resources.long_resource_plan`).

The rule, general in every dimension the wide reader is: *a table whose columns are text
columns naming who (person, role, team: each comes back on its periods' rows), one column of
periods and one column of figures is the wide plan unpivoted*: it is turned wide (one row per who, one column per distinct
period headed by its label as written, the figure in the cell; the figures' header kept as
a line above the table, where a unit it states is read as a title's is) and goes through the
ordinary detection, classification and resource reading. Only a turned plan adopted as
RESOURCES is kept; the long reader's own refusals stand (a table naming money, a list of
absences, days available, worked or of leave: no plan), and only tables the direct reading
left out are turned.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from addin.adopt.detect import TableBlock
from addin.adopt.grid import Grid, cell_text, is_blank
from addin.adopt.report import ColumnReport, RowIssue, TableReport
from addin.host import CellValue, SheetGrid

#: Title lines above the table kept above the turned one (its title, a unit statement).
TITLE_LINES = 3
#: The fewest distinct periods a long plan turned wide has.
MIN_PERIODS = 2


@dataclass
class TurnedPlan:
    """A long plan turned wide, and where its parts came from in the source."""

    grid: Grid
    header_row: int
    who_cols: list[int]
    period_col: int
    figure_col: int
    #: turned row -> the source rows it gathers
    row_source: dict[int, list[int]] = field(default_factory=dict)
    #: source rows holding text but no period (a team's section heading, a note): no plan
    #: row, listed in the report so nothing is dropped unsaid (round 25's last hour)
    no_period: list[tuple[int, str]] = field(default_factory=list)
    #: round 39 (t48a): figure columns stating the same effort in another unit (left out)
    other_figures: list[int] = field(default_factory=list)


def _is_period(value: CellValue) -> bool:
    from addin.adopt.resources import month_of_cell
    from addin.adopt.weeks import week_label

    if isinstance(value, datetime | date):
        return True
    return month_of_cell(value) is not None or (
        isinstance(value, str) and week_label(value) is not None
    )


def _period_key(value: CellValue) -> int | None:
    """A period's place in time (days since year 1), to put the wide plan's columns in
    calendar order: a date, a month label, a week label with its year (a week without one
    counts in weeks alone). None when the value gives none."""
    from addin.adopt.resources import month_of_cell
    from addin.adopt.weeks import week_label

    if isinstance(value, datetime | date):
        return value.toordinal()
    month = month_of_cell(value)
    if month is not None:
        return month.toordinal()
    if isinstance(value, str) and (week := week_label(value)) is not None:
        return (week[1] or 0) * 400 + week[0] * 7 + 1
    return None


def turn(block: TableBlock, grid: Grid) -> TurnedPlan | None:
    """The plan turned wide when the table is a long plan (see the module's docstring),
    else None."""
    from addin.adopt.resources import (
        ABSENCE,
        AVAILABLE,
        MONEY,
        NET_OF,
        WORKED,
        figure,
    )

    texts = [block.sheet, *(t for _, _, t in block.preamble)]
    heads = [h for h in block.headers if h.col <= block.last_col]
    if any(MONEY.search(t) for t in texts + [h.full for h in heads if h.full]):
        return None
    if any(ABSENCE.search(t) and not NET_OF.search(t) for t in texts):
        return None
    rows = range(block.first_data_row, block.last_data_row + 1)
    period_col: int | None = None
    figure_cols: list[int] = []
    who_cols: list[int] = []
    for head in heads:
        values = [v for r in rows if not is_blank(v := grid.value(r, head.col))]
        if not values:
            continue
        if (
            period_col is None
            and all(_is_period(v) for v in values)
            and len({cell_text(v) for v in values}) >= MIN_PERIODS
        ):
            period_col = head.col
            continue
        if all(figure(v) is not None for v in values):
            figure_cols.append(head.col)
        elif all(isinstance(v, str) for v in values) and len(set(values)) < len(values):
            # who (a person, role or team) comes back on each of its periods' rows; a text
            # written once per row (a task's description, a comment) is no who
            who_cols.append(head.col)
        else:
            return None
    every_figure = figure_cols
    if len(figure_cols) > 1:
        figure_cols = one_effort_of_several(block, figure_cols)
    if period_col is None or len(figure_cols) != 1 or not who_cols:
        return None
    said = (block.header_at(figure_cols[0]) or heads[0]).full or ""
    if AVAILABLE.search(said) or WORKED.search(said) or ABSENCE.search(said):
        return None  # days available, worked or of leave: no plan
    turned = _turned(block, grid, who_cols, period_col, figure_cols[0], said)
    if turned is not None:
        turned.other_figures = [c for c in every_figure if c != figure_cols[0]]
    return turned


def _header_text(block: TableBlock, col: int) -> str:
    head = block.header_at(col)
    return head.full if head is not None else ""


def one_effort_of_several(block: TableBlock, figure_cols: list[int]) -> list[int]:
    """Round 39 (t48a): a tool's export states each allocation in more than one unit
    (Planview's ``Allocated Hours`` beside its ``FTE``, a booking's ``Days`` beside its
    ``Hours``): the same effort, so the plan is read in ONE of them, the unit needing the
    least conversion into the standard's days: days, then hours (by the hours of a day),
    then FTE (by the month's weekdays). Every figure column must state a unit of effort and
    each unit once; else the columns are kept as found (several figures: no long plan)."""
    from addin.adopt.resources import DAYS_UNIT, FTE_UNIT, HOURS_UNIT

    units: dict[int, int] = {}
    for col in figure_cols:
        said = (block.header_at(col) or block.headers[0]).full or ""
        rank = next(
            (n for n, p in enumerate((DAYS_UNIT, FTE_UNIT, HOURS_UNIT)) if p.search(said)), None
        )
        if rank is None:
            return figure_cols
        units[col] = (0, 2, 1)[rank]  # days, then hours, then FTE
    if len(set(units.values())) != len(units):
        return figure_cols  # two columns in one unit: two measures, not one effort
    return [min(units, key=lambda c: units[c])]


def _turned(
    block: TableBlock,
    grid: Grid,
    who_cols: list[int],
    period_col: int,
    figure_col: int,
    said: str,
) -> TurnedPlan | None:
    rows = range(block.first_data_row, block.last_data_row + 1)
    periods: dict[str, CellValue] = {}
    whos: dict[tuple[str, ...], dict[str, CellValue]] = {}
    sources: dict[tuple[str, ...], list[int]] = {}
    carried = ["" for _ in who_cols]
    no_period: list[tuple[int, str]] = []
    # the periods in calendar order when each gives its place in time, else in the order
    # the rows give them: a period first met in one person's rows goes after the period
    # before it there (one person's Wk 20 between another's Wk 19 and Wk 21)
    order: list[str] = []
    before: dict[tuple[str, ...], str] = {}
    for r in rows:
        period = grid.value(r, period_col)
        amount = grid.value(r, figure_col)
        now = [cell_text(grid.value(r, c)) for c in who_cols]
        if is_blank(period):
            texts = [
                t for c in range(block.first_col, block.last_col + 1) if (t := grid.text(r, c))
            ]
            if texts:
                no_period.append((r, " ".join(texts)))
            continue
        # a team written once over its people's rows is carried down, as it is read wide
        carried = [x or (carried[i] if i < len(who_cols) - 1 else "") for i, x in enumerate(now)]
        key = tuple(carried)
        if not key[-1]:
            return None
        label = cell_text(period)
        if label not in periods:
            prior = before.get(key)
            order.insert(order.index(prior) + 1 if prior in order else 0, label)
        before[key] = label
        periods.setdefault(label, period)
        slot = whos.setdefault(key, {})
        if label in slot:
            return None  # the same person and period twice: not one plan
        slot[label] = amount
        sources.setdefault(key, []).append(r)
    if len(periods) < MIN_PERIODS or len(whos) == sum(len(x) for x in whos.values()):
        return None  # each who on one period only: a list, not a plan by period
    top = min(block.header_rows or (block.header_row,))
    above = [
        r
        for r in range(max(1, top - TITLE_LINES), top)
        if not grid.row_is_blank(r, block.first_col, block.last_col)
    ]
    out: list[list[CellValue]] = [
        [grid.value(r, c) for c in range(block.first_col, block.last_col + 1)] for r in above
    ]
    if said:
        out.append([said])  # the figures' header: a unit it states is read as a title's
    if out:
        out.append([])
    header_row = len(out) + 1
    keys = {k: _period_key(periods[k]) for k in order}
    labels = sorted(order, key=lambda k: keys[k] or 0) if all(keys.values()) else order
    out.append(
        [*(cell_text(grid.value(block.header_row, c)) for c in who_cols)]
        + [periods[k] for k in labels]
    )
    turned = TurnedPlan(
        Grid(SheetGrid(grid.name, [])), header_row, who_cols, period_col, figure_col
    )
    turned.no_period = no_period
    for key, slot in whos.items():
        turned.row_source[len(out) + 1] = sources[key]
        out.append([*key, *(slot.get(k) for k in labels)])
    turned.grid = Grid(SheetGrid(name=grid.name, rows=out))
    return turned


def in_source_terms(table: TableReport, turned: TurnedPlan, block: TableBlock) -> None:
    """The turned plan's report said in the source's cells: its range and header row are
    the source's; its who columns are the source's (same fields), the period column the
    months, the figures' column the planned days; a row not read names its source rows."""
    from addin.cells import column_letter

    by_letter = {c.column: c for c in table.columns}
    columns: list[ColumnReport] = []
    for n, col in enumerate(turned.who_cols):
        got = by_letter.get(column_letter(n + 1))
        head = block.header_at(col)
        columns.append(
            ColumnReport(
                column_letter(col),
                head.full if head is not None else "",
                got.target if got else None,
                got.target_name if got else None,
                got.confidence if got else 0.0,
                got.method if got else "",
                got.note if got else "",
            )
        )
    months = [c for c in table.columns if c.target == "month"]
    read_at = min((c.confidence for c in months), default=0.9)
    other_unit = "the same effort in another unit: the plan is read in " + repr(
        _header_text(block, turned.figure_col)
    )
    for col, target, confidence, note in (
        (turned.period_col, "month", read_at, "each row's period, read as the same label across would be"),
        (turned.figure_col, "planned_days", read_at, "each row's figure, read as the plan written wide"),
        *((col, None, 0.0, other_unit) for col in turned.other_figures),
    ):  # fmt: skip
        columns.append(
            ColumnReport(
                column_letter(col),
                _header_text(block, col),
                target,
                None,
                confidence,
                "long plan",
                note,
            )
        )
    table.ref = block.ref
    table.header_row = block.header_row
    table.columns = columns
    for issues in (table.skipped_rows, table.unconverted):
        for n, issue in enumerate(issues):
            rows = turned.row_source.get(issue.row, [])
            issues[n] = RowIssue(
                rows[0] if rows else block.header_row,
                "",
                f"rows {', '.join(str(r) for r in rows)}: {issue.reason}" if rows else issue.reason,
                issue.header,
                issue.value,
            )
    for row, text in turned.no_period:  # a team's heading, a note: listed, never dropped
        table.skipped_rows.append(
            RowIssue(
                row,
                "",
                f"row {row} {text!r} has no period (column {column_letter(turned.period_col)}): "
                "a section heading or a note, no plan row (its people's rows below are read, "
                "without it as their team)",
                "",
                text,
            )
        )
    table.notes.insert(
        0,
        "one row per person and period: read as the same plan written wide (one row per "
        "person, one column per period); the mapping file records the turn, and next "
        "month's file is turned and read the same way while its layout fits it",
    )


__all__ = ["TurnedPlan", "in_source_terms", "turn"]
