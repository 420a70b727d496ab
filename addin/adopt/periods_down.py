"""A finance tracker with its periods DOWN read as the same tracker turned across (round 25).

A tracker keeps one figure per measure, cost line and period whichever way it is written.
Written with the periods across (``Cost line | Jan-26 | Feb-26``), adoption reads it whole
whatever the period labels (dates, ``Jan 2026``, ``P01`` with the financial year in the
title, ``Q1 2026``, ``Wk 15``, month names in many languages), measures (groups, pairs, a
Measure column, blocks, sheets), cost lines (flat, grouped with subtotals, with codes),
totals and amount forms (``$1,250.00``, ``(1,200.00)``, ``£k`` in the title). Round 24
measured the same trackers with the periods DOWN (one row per period, the cost lines across)
and found them lost unless the periods were date cells under measure groups: the down
reader (:func:`addin.adopt.finance.lines_across`) knows one measure layout and fewer label
forms.

The rule, general in every dimension the across reader is: *a table whose first column
holds the periods and whose other columns hold the amounts of one cost line each (the
measure written over the lines as a group, under each line as a pair, in a Measure column,
as a heading row over a block of periods, or by the sheet or title) is the across tracker
turned*: each line column becomes a line row (under a heading row naming its measure, as
a tracker across writes its blocks), each
distinct period a column headed by its label as written, the title lines kept above; the
turned table goes through the ordinary detection, classification and finance reading.
Only a turned table adopted as FINANCE is kept (a price list, a timesheet, counts by month
or a holiday calendar is no finance tracker turned, and stays as the direct reading left
it); only tables the direct reading did not adopt are turned.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from addin.adopt.detect import TableBlock
from addin.adopt.grid import Grid, cell_text, is_blank
from addin.adopt.report import ColumnReport, RowIssue, TableReport
from addin.adopt.synonyms import MEASURES
from addin.host import CellValue, SheetGrid
from addin.layout import REGISTERS_BY_KEY

#: Title lines above the table kept above the turned one (its title, a unit, a currency).
TITLE_LINES = 3
#: The fewest distinct periods and cost-line columns a tracker turned has.
MIN_PERIODS = 2
MIN_LINES = 2


def _cost_line_header() -> str:
    """The standard finance register's own header for the cost line (one source of truth)."""
    columns = REGISTERS_BY_KEY["finance"].columns
    return next(c.name for c in columns if c.name.replace(" ", "").casefold() == "costline")


#: The turned table's code column's header, when each line's header begins with its code.
CODE_HEADER = "Code"


def _line_codes(names: list[str]) -> dict[str, tuple[str, str]]:
    """Line header -> (code, name) when every line's header (totals and subtotals aside)
    begins with a code (``5100 Contractors``, ``GL-6100 Licences``): the across tracker
    keeps the code in a column of its own, and the line is the name. Empty otherwise."""
    from addin.adopt.finance import TOTAL_HEAD, is_code

    out: dict[str, tuple[str, str]] = {}
    for name in names:
        first, _, rest = name.partition(" ")
        if rest.strip() and is_code(first) and any(ch.isdigit() for ch in first):
            out[name] = (first, rest.strip())
        elif not TOTAL_HEAD.search(name):
            return {}
    return out if len(out) >= MIN_LINES else {}


@dataclass
class TurnedTracker:
    """A periods-down tracker turned across: the turned sheet, its header row, and where
    each turned row and column came from in the source (for the report)."""

    grid: Grid
    header_row: int
    period_col: int
    measure_col: int | None
    #: turned row -> the source column of that line's amounts
    line_source: dict[int, int] = field(default_factory=dict)
    #: turned column -> the source rows of that period
    period_source: dict[int, list[int]] = field(default_factory=dict)
    #: the source's line columns, in order
    line_cols: list[int] = field(default_factory=list)
    #: those of them headed as a total (a Total group over the measures): no cost line,
    #: counted apart in the report's note (round 26)
    total_cols: list[int] = field(default_factory=list)
    #: turned heading row (a measure's) -> where the source writes that measure: its cells
    #: (the line columns' headers, a Measure column) and the source row when the measure
    #: is a heading row of the source itself (a block of periods), else None
    heading_source: dict[int, tuple[str, int | None]] = field(default_factory=dict)
    #: turned heading row -> the measure it names
    heading_measure: dict[int, str | None] = field(default_factory=dict)
    #: rt33: line columns headed as a running total (``Feed_Actual_YTD``,
    #: ``Feed_Cumulative``): the line's total so far, no month's spend; left out, listed
    running_cols: list[int] = field(default_factory=list)
    #: round 33: the document's running number before the periods (``Val. No.``), left out
    number_col: int | None = None
    #: source rows with a label and no amount (a Total row of formulas never calculated,
    #: a note): no period, listed in the report with the reason
    empty_rows: list[tuple[int, str]] = field(default_factory=list)


def _measure_word(text: str) -> str | None:
    from addin.adopt.finance import measure_word as word

    return word(text) if text.strip() else None


def _figure_word(text: str) -> bool:
    """A measure (``Budget``) or a figure a tracker keeps beside the measures
    (``Committed``, ``Variance``): what a group over the lines or a word under a line, or
    a Measure column's cell, says of the amounts."""
    from addin.adopt.finance import derived_figure, other_figure

    text = text.strip()
    return bool(text) and bool(_measure_word(text) or derived_figure(text) or other_figure(text))


def _numeric(value: CellValue) -> bool:
    from addin.adopt.convert import parse_number

    return parse_number(value) is not None


#: Round 32 (red team): how sure a header's reading as Budget / Actual / Forecast must be
#: for it to name that amount and no cost line: the whole header one of the measure's
#: synonyms (``Gross valuation``, ``Value of work this period``); ``Fees actual`` (0.95: a
#: money noun and a measure word) may be a line's actuals across and stays a line.
MEASURE_NAMED = 0.99


def names_an_amount(header: str) -> bool:
    """Round 32 (red team of round 31): whether a header names a tracker's amount with
    certainty (``Gross valuation``, ``Value of work this period``, ``Valuation amount``):
    such a column is that measure of a long tracker, never a cost line
    across. A payment application's `Month | Value of work this period | Retention` was read
    as two cost lines and every figure as Budget. ``Licences actual`` and ``Fees actual``
    (a line beside a measure word) read below the bar and stay lines."""
    from addin.adopt.match import candidates

    found = candidates(header, "finance")
    return bool(found) and (
        found[0].column_key in MEASURES and found[0].confidence >= MEASURE_NAMED
    )


#: Round 33: a header numbering the documents of a periods-down log (``Val. No.``, ``Claim
#: no``, ``Application number``, ``Invoice #``, ``No.``, ``#``, ``Ref``, ``Seq``): one
#: word of the document (or none) and a number word. Round 33 (v35s): the document's word in
#: any alphabet (a Brazilian contractor's ``Medição nº``, a French ``Facture n°``).
_NUMBER_HEAD = re.compile(
    r"^(?:[^\W\d_]+\.?\s*){0,2}(?:no\.?|nr\.?|nº|n°|number|num\.?|#|ref\.?|seq\.?)$",
    re.IGNORECASE,
)
#: Its values: a whole number or a short code ending in one (``3``, ``V03``, ``PA-07``).
_RUNNING = re.compile(r"^[A-Za-z]{0,5}[-\s.]?\d{1,4}$")


def leading_number_column(block: TableBlock, grid: Grid) -> int | None:
    """Round 33: the first column when it numbers the documents of a log whose periods are
    in the column beside it (a contractor's valuations: ``Val. No. | Period ending |
    Steel frame | Earthworks``; a claims or invoice log: ``Claim No | Month | ...``): its
    header a number word, its values distinct running numbers or short codes, the next
    column's values no numbers. The periods are then the second column and the number is
    left out (a document's number is no cost line and no period). None otherwise."""
    from addin.adopt.convert import parse_number

    first = block.header_at(block.first_col)
    second = block.header_at(block.first_col + 1)
    if first is None or second is None or not _NUMBER_HEAD.match((first.text or "").strip()):
        return None
    data = range(block.first_data_row, block.last_data_row + 1)
    numbers = [cell_text(grid.value(r, block.first_col)) for r in data]
    numbers = [n for n in numbers if n]
    labels = [grid.value(r, block.first_col + 1) for r in data]
    labels = [v for v in labels if not is_blank(v)]
    if len(numbers) < MIN_PERIODS or len(set(numbers)) != len(numbers):
        return None
    if not all(_RUNNING.match(n) for n in numbers):
        return None
    if not labels or any(
        not isinstance(v, (datetime, date)) and parse_number(v) is not None for v in labels
    ):
        return None
    return block.first_col


def line_and_measure(head: Any, group_names: bool = True) -> tuple[str, str | None]:
    """A line column's cost line and the measure its header states: a measure group over
    the lines (``Actual`` over ``Travel``), a measure word under a line written over its
    pair (``Travel`` over ``Budget | Actual``), else the header is the line alone. Another
    group over the line (``Capital`` over ``Staff``) is part of its name only when
    ``group_names`` (the caller's: the lower names alone do not tell the lines apart)."""
    text = (head.text or "").strip()
    group = (head.group or "").strip() if not getattr(head, "split", False) else ""
    if group and _figure_word(group) and not _figure_word(text):
        return text, group
    if group and _figure_word(text) and not _figure_word(group):
        return group, text
    if group and not _figure_word(text):
        return (f"{group} {text}".strip() if group_names else text), None
    from addin.adopt.finance import marked_line_measure

    # round 32's last hour: ``Feed_Budget`` / ``Feed - Budget`` over the periods down is
    # the line ``Feed``'s budget, as the months-across reader reads it (``finance.line_words``)
    pair = None if group else marked_line_measure(text, _figure_word)
    if pair is not None:
        return pair
    return text, None


def _marked_groups(heads: list[Any]) -> dict[str, dict[int, tuple[str, str]]]:
    """Round 41 (t52c): the groups over a periods-down tracker's line columns whose labels
    under them are the measures' short forms (``Bottling line`` over ``Bud | Act``, a South
    African burn sheet), each column -> (the group: its line, the measure written out).
    ``Bud`` and ``Act`` are read as measures only where the finance reader reads them under a
    month (:func:`addin.adopt.finance.measure_mark`): standing alone, two or more under one
    group, every label under it a measure or a short form, one short form at least (``NSW |
    ACT`` under ``Region`` name places). Before, ``Bottling line Bud`` and ``Bottling line
    Act`` were two cost lines and every amount a budget."""
    from addin.adopt.finance import measure_mark

    under: dict[str, list[Any]] = {}
    for h in heads:
        group = (h.group or "").strip()
        if group and (h.text or "").strip() and not getattr(h, "split", False):
            under.setdefault(group, []).append(h)
    out: dict[str, dict[int, tuple[str, str]]] = {}
    for group, cells in under.items():
        texts = [(c.text or "").strip() for c in cells]
        marks = [measure_mark(t) for t in texts]
        measures = [m or _measure_word(t) for t, m in zip(texts, marks, strict=True)]
        if len(cells) < 2 or _figure_word(group) or not any(marks) or not all(measures):
            continue
        if len(set(measures)) != len(measures):
            continue
        out[group] = {c.col: (group, str(m).title()) for c, m in zip(cells, measures, strict=True)}
    return out


def _spacer(head: Any, grid: Grid, rows: range) -> bool:
    """Round 38 (px43): whether a column of a tracker with its periods down is an empty
    spacer between its lines' groups of measures (``Month | Isbana Budget | Utfall |`` an
    empty narrow column ``| Kylanläggning Budget | ...``): no header, no group label over it
    and nothing under it. It is no line (before, its empty name refused the whole turn and
    every line was lost); a column with a label or one value is read as before."""
    if (head.text or "").strip() or (head.group or "").strip():
        return False
    return all(is_blank(grid.value(r, head.col)) for r in rows)


def turn(block: TableBlock, grid: Grid) -> TurnedTracker | None:
    """The table turned across when it is a tracker with its periods down (see the module's
    docstring), else None: the first column must hold two distinct labels or more on rows
    whose other cells are amounts, no header may be a period itself (periods across are
    another shape), and two line columns or more must hold numbers only."""
    from addin.adopt.classify import groups_count_no_money
    from addin.adopt.finance import (
        METRIC_WORDS,
        TOTAL_HEAD,
        cumulative_in,
        derived_figure,
        is_month_header,
        named_money,
        other_figure,
        title_lines,
    )
    from addin.cells import address, column_letter

    period_col = block.first_col
    number_col = leading_number_column(block, grid)
    if number_col is not None:  # round 33: `Val. No. | Period ending | <trades>`
        period_col = number_col + 1
    data = range(block.first_data_row, block.last_data_row + 1)
    cols = [
        h
        for h in block.headers
        if h.col not in (period_col, number_col)
        and period_col < h.col <= block.last_col
        and not _spacer(h, grid, data)
    ]
    if any(is_month_header(h) for h in cols):
        return None
    measure_col = None
    for h in cols:
        texts = [cell_text(grid.value(r, h.col)) for r in data]
        texts = [t for t in texts if t]
        # as the finance reader's measure column: a variance or other figure among the
        # measure rows (``Budget | Committed | Actual | Variance``) leaves it one
        kept = [t for t in texts if not derived_figure(t) and not other_figure(t)]
        if kept and all(_figure_word(t) for t in texts):
            measure_col = h.col
            break
    line_heads = [h for h in cols if h.col != measure_col]
    lines: list[tuple[int, str, str | None]] = []
    # round 35's second wave: a group label over some of the lines (``Tracking`` over
    # ``Lokaler | Maskiner``) groups them; it names them only where a lower name repeats
    # under two groups (``Staff`` under ``Capital`` and under ``Revenue``)
    lower = [(h.text or "").strip().casefold() for h in line_heads]
    marked = _marked_groups(line_heads)
    for h in line_heads:
        line, measure = line_and_measure(h, lower.count((h.text or "").strip().casefold()) > 1)
        if measure is None and (h.group or "").strip() in marked:
            line, measure = marked[(h.group or "").strip()][h.col]
        if not line:
            return None
        lines.append((h.col, line, measure))
    # rt33: a running total beside a line's measures (``Feed_Actual_YTD`` after
    # ``Feed_Budget | Feed_Actual``) is no line of its own: before, it was read as one more
    # cost line whose amounts were each month's actual, the spend counted twice
    running = [c for c, line, measure in lines if measure is None and cumulative_in(line)]
    if running and len(lines) - len(running) >= MIN_LINES:
        lines = [x for x in lines if x[0] not in running]
    else:
        running = []
    if len(lines) < MIN_LINES or all(TOTAL_HEAD.search(x[1]) for x in lines):
        return None
    if any(measure is None and names_an_amount(line) for _, line, measure in lines):
        return None  # round 32: `Value of work this period` names an amount, not a line
    # as the down reader: an earned value trend (CPI, SPI, CV) or ratios have no cost lines
    for _, line, _ in lines:
        if "%" in line or set(re.findall(r"[a-z]+", line.lower())) & METRIC_WORDS:
            return None
    # the period rows: a label in the first column and amounts beside it; a row with a
    # measure word alone heads the block of periods below it
    block_measure: str | None = None
    block_row = 0
    empty_rows: list[tuple[int, str]] = []
    tiers = block.header_rows or (block.header_row,)
    #: each measure -> where the source writes it (for the report, in the source's cells)
    where: dict[str | None, tuple[list[str], int | None]] = {}
    cells: dict[tuple[str | None, int], dict[str, CellValue]] = {}
    periods: dict[str, CellValue] = {}
    period_rows: dict[str, list[int]] = {}
    for r in data:
        label = grid.value(r, period_col)
        amounts = [grid.value(r, c) for c, _, _ in lines]
        if all(is_blank(v) for v in amounts):
            text = cell_text(label)
            if text and _figure_word(text):
                block_measure, block_row = text, r
            elif text:
                empty_rows.append((r, text))
            continue
        if is_blank(label) or not all(_numeric(v) for v in amounts if not is_blank(v)):
            return None
        key = cell_text(label).casefold()
        periods.setdefault(key, label)
        period_rows.setdefault(key, []).append(r)
        row_measure = cell_text(grid.value(r, measure_col)) if measure_col else None
        for c, line_name, measure in lines:
            which = measure or row_measure or block_measure
            cells_at, at_row = where.setdefault(which, ([], None))
            if measure:  # in the line's header: its field row, or the group row over it
                head = block.header_at(c)
                # the measure under the line (``Travel`` over ``Budget`` or ``Bud``), or
                # over it (``Actual`` over ``Travel``)
                under = head is not None and (head.text or "").strip() != line_name
                cell = address(max(tiers) if under else min(tiers), c)
            elif row_measure and measure_col:
                cell = f"column {column_letter(measure_col)}"
            else:
                cell, at_row = address(block_row, period_col), block_row or None
                where[which] = (cells_at, at_row)
            if cell not in cells_at:
                cells_at.append(cell)
            slot = cells.setdefault((which, c), {})
            if key in slot:
                return None  # the same line, measure and period twice: not one tracker
            slot[key] = grid.value(r, c)
    if len(periods) < MIN_PERIODS:
        return None
    # money, as the down reader asks: a measure over, under or beside the amounts, or a
    # title or sheet name saying finance (counts, hours or prices by month say neither)
    if all(m is None for m, _ in cells) and not named_money(block, grid):
        return None
    # and, as round 21's red team asks of measure groups: Planned / Actual over a team's
    # people counting hours, days, FTE or progress (and nothing saying money) is no tracker
    said = [block.sheet, *title_lines(block, grid)]
    said += [part for h in block.headers for part in (h.text or "", h.group or "")]
    if groups_count_no_money(" ".join(said)):
        return None
    turned = _turned_grid(block, grid, lines, cells, periods, period_rows, period_col, measure_col)
    turned.empty_rows = empty_rows
    turned.running_cols = running
    turned.number_col = number_col
    for row, m in turned.heading_measure.items():
        cells_at, at_row = where.get(m, ([], None))
        turned.heading_source[row] = (", ".join(cells_at), at_row)
    return turned


def _turned_grid(
    block: TableBlock,
    grid: Grid,
    lines: list[tuple[int, str, str | None]],
    cells: dict[tuple[str | None, int], dict[str, CellValue]],
    periods: dict[str, CellValue],
    period_rows: dict[str, list[int]],
    period_col: int,
    measure_col: int | None,
) -> TurnedTracker:
    top = min(block.header_rows or (block.header_row,))
    above = [
        r
        for r in range(max(1, top - TITLE_LINES), top)
        if not grid.row_is_blank(r, block.first_col, block.last_col)
    ]
    rows: list[list[CellValue]] = [
        [grid.value(r, c) for c in range(block.first_col, block.last_col + 1)] for r in above
    ]
    if rows:
        rows.append([])
    header_row = len(rows) + 1
    measured = any(m is not None for m, _ in cells)
    keys = list(periods)
    codes = _line_codes([line for _, line, _ in lines])
    lead: list[CellValue] = []
    if codes:
        lead.append(CODE_HEADER)
    rows.append([*lead, _cost_line_header(), *(periods[k] for k in keys)])
    first_period = len(lead) + 2
    turned = TurnedTracker(Grid(SheetGrid(grid.name, [])), header_row, period_col, measure_col)
    turned.line_cols = [c for c, _, _ in lines]
    turned.total_cols = [c for c, line, _ in lines if _total_label(line)]
    names = {c: line for c, line, _ in lines}
    measures: list[str | None] = []
    for m, _ in cells:
        if m not in measures:
            measures.append(m)
    for m in measures:
        if measured:  # the measure heads its block of lines, as a tracker across writes it
            turned.heading_measure[len(rows) + 1] = m
            rows.append([m])
        for c in turned.line_cols:
            slot = cells.get((m, c))
            if slot is None:
                continue
            turned.line_source[len(rows) + 1] = c
            code, name = codes.get(names[c], (None, names[c])) if codes else (None, names[c])
            rows.append(
                [
                    *([code] if codes else []),
                    name,
                    *(slot.get(k) for k in keys),
                ]
            )
    for n, k in enumerate(keys):
        turned.period_source[first_period + n] = period_rows[k]
    turned.grid = Grid(SheetGrid(name=grid.name, rows=rows))
    return turned


def turned_block(turned: TurnedTracker) -> TableBlock | None:
    """The turned table as found on its turned sheet, running to the turned sheet's last
    row. The turned sheet is written by :func:`turn` and holds that one table alone, so
    where it ends is known: the table finder's guesses for an unknown sheet (three short
    rows in a row are label / value lines under a table) would cut it where a measure has
    few values or none (an Actual block at the start of a financial year: each line's row
    a label and one month's amount, or the label alone), and lose every measure below it.
    A measure with few or no values is still that measure."""
    from dataclasses import replace

    from addin.adopt.detect import find_tables

    found = [b for b in find_tables(turned.grid) if b.header_row == turned.header_row]
    if not found:
        return None
    return replace(found[0], last_data_row=max(found[0].last_data_row, turned.grid.n_rows))


def in_source_terms(
    table: TableReport, turned: TurnedTracker, block: TableBlock, grid: Grid
) -> None:
    """The turned table's report said in the source's cells: its range and header row are
    the source's; its columns are the source's period column (the months), measure column
    and line columns (each the amounts of the line its header names); a row or value not
    read names the source column (a line) or the source rows (a period) it came from."""
    from addin.cells import address, column_letter

    table.ref = block.ref
    table.header_row = block.header_row
    unread_periods = _unread_periods(table, turned, grid)
    period_head = block.header_at(turned.period_col)
    columns = [
        ColumnReport(
            column_letter(turned.period_col),
            period_head.text if period_head is not None else "",
            "month",
            "Month",
            min((c.confidence for c in table.columns if c.target == "month"), default=0.9),
            "periods down",
            "each row's period, read as the same label across would be",
        )
    ]
    if turned.number_col is not None:
        head = block.header_at(turned.number_col)
        columns.insert(
            0,
            ColumnReport(
                column_letter(turned.number_col),
                head.text if head is not None else "",
                None,
                None,
                0.0,
                "",
                "not read: each period's document number (no cost line, no period)",
            ),
        )
    if turned.measure_col is not None:
        head = block.header_at(turned.measure_col)
        measure = next((c for c in table.columns if c.target == "measure"), None)
        columns.append(
            ColumnReport(
                column_letter(turned.measure_col),
                head.text if head is not None else "",
                "measure",
                measure.target_name if measure else None,
                measure.confidence if measure else 0.9,
                "measure column",
            )
        )
    line = next((c for c in table.columns if c.target == "cost_line"), None)
    # a line column none of whose turned rows was read (a total, a subtotal) is no line:
    # listed with the reason its rows were not read
    why: dict[int, str] = {}
    for issue in table.skipped_rows:
        source = turned.line_source.get(issue.row)
        if source is not None:
            why.setdefault(source, issue.reason)
    read = {
        c for r, c in turned.line_source.items() if not any(i.row == r for i in table.skipped_rows)
    }
    for col in turned.line_cols:
        head = block.header_at(col)
        taken = col in read
        columns.append(
            ColumnReport(
                column_letter(col),
                head.full if head is not None else "",
                "cost_line" if taken else None,
                (line.target_name if line else None) if taken else None,
                (line.confidence if line else 0.9) if taken else 0.0,
                "line across" if taken else "",
                "the header names the cost line of the amounts below it"
                if taken
                else f"not read: {why.get(col, 'no amounts read')}",
            )
        )
    for col in turned.running_cols:
        head = block.header_at(col)
        columns.append(
            ColumnReport(
                column_letter(col),
                head.full if head is not None else "",
                None,
                None,
                0.0,
                "",
                "not read: a running total (the line's total so far), no month's spend: "
                "left out, as a running total beside the measures is",
            )
        )
    table.columns = columns
    first, last = block.first_data_row, block.last_data_row
    for issues in (table.skipped_rows, table.unconverted):
        said_again: list[RowIssue] = []
        for issue in issues:
            heading = turned.heading_source.get(issue.row)
            if heading is not None:
                # a measure's heading row the turn wrote: in the source, the measure is a
                # heading row of its own (listed as that row), or is written in the line
                # columns' headers or a Measure column, read as each line's measure (those
                # cells are the columns listed above): no row of the source to list
                if heading[1] is not None:
                    said_again.append(
                        RowIssue(heading[1], "", issue.reason, issue.header, issue.value)
                    )
                continue
            source = turned.line_source.get(issue.row)
            rows: list[int] = []
            if issue.cell:
                from addin.cells import parse_range

                try:
                    _, tcol, _, _ = parse_range(issue.cell)
                    rows = turned.period_source.get(tcol, [])
                except ValueError:
                    rows = []
            if source and rows:
                row, where = rows[0], address(rows[0], source)
            elif source:  # a whole line not read: its column's amounts in the source
                row, where = first, f"{address(first, source)}:{address(last, source)}"
            else:
                row, where = (rows[0] if rows else block.header_row), ""
            said = f"column {column_letter(source)}: " if source else ""
            said_again.append(RowIssue(row, where, said + issue.reason, issue.header, issue.value))
        issues[:] = said_again
    table.skipped_rows.extend(unread_periods)
    for row, label in turned.empty_rows:
        reason = (
            "a total row with no value in any line column (formulas never calculated are "
            "read as empty: open and save the file in Excel to calculate them)"
            if _total_label(label)
            else "a label with no amount in any line column"
        )
        table.skipped_rows.append(
            RowIssue(row, address(row, turned.period_col), f"not a period: {reason}", "", label)
        )
    table.notes = [_note_in_source_terms(note, turned) for note in table.notes]
    lines_only = len(turned.line_cols) - len(turned.total_cols)
    totals = (
        f", and {len(turned.total_cols)} total column(s), the lines' total, no line"
        if turned.total_cols
        else ""
    )
    table.notes.insert(
        0,
        f"periods down column {column_letter(turned.period_col)}, cost lines across "
        f"({lines_only} columns{totals}): read as the same tracker turned across (each "
        "line column a line, each period a month); the mapping file records the turn, and "
        "next month's file is turned and read the same way while its layout fits it",
    )


def _unread_periods(table: TableReport, turned: TurnedTracker, grid: Grid) -> list[RowIssue]:
    """The source's period rows whose label the turned table did not read as a period (a
    Total row at the bottom: the across reader reads a Total column as the tracker's
    total, no month), each listed as its source row and label cell, with the reason the
    turned column gave. Said before the turned table's columns are replaced."""
    from addin.cells import address, column_letter

    by_letter = {c.column: c for c in table.columns}
    out: list[RowIssue] = []
    for tcol, rows in turned.period_source.items():
        seen = by_letter.get(column_letter(tcol))
        if seen is not None and seen.target == "month":
            continue
        why = (seen.note if seen is not None and seen.note else "") or "not read as a period"
        for row in rows:
            label = cell_text(grid.value(row, turned.period_col))
            out.append(
                RowIssue(row, address(row, turned.period_col), f"not a period: {why}", "", label)
            )
    return out


def _total_label(label: str) -> bool:
    """A period row's label naming a total (the finance reader's own words for totals)."""
    from addin.adopt.finance import TOTAL_HEAD

    return bool(TOTAL_HEAD.search(label))


_TURNED_ROW = re.compile(r"\(row (\d+)\)")


def _note_in_source_terms(note: str, turned: TurnedTracker) -> str:
    """A note of the turned table naming one of its rows (``'Actual' (row 10)``) said in
    the source's cells: a measure's heading row as the source row or cells that write that
    measure, a line's row as the source column of its amounts."""
    from addin.cells import column_letter

    def said(match: re.Match[str]) -> str:
        row = int(match.group(1))
        if row in turned.heading_source:
            cells, at_row = turned.heading_source[row]
            return f"(row {at_row})" if at_row is not None else f"({cells})"
        if row in turned.line_source:
            return f"(column {column_letter(turned.line_source[row])})"
        return match.group(0)

    return _TURNED_ROW.sub(said, note)


__all__ = ["TurnedTracker", "in_source_terms", "turn", "turned_block"]
