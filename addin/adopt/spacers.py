"""One table across spacer columns (round 14).

Hand-kept trackers leave an empty, narrow column between groups of fields (``No. |
Milestone | Lead | | Original date | Latest date | Achieved | | Status``), to space the
printout. Read by position alone, the empty column splits the table in two or three side
by side (:func:`detect._gap_splits`), as it must for two registers on one page (a RAID on a
page's quadrants). What tells the two apart is what the parts are:

- side by side on the same header row, one empty column between them (empty from the
  header down);
- the same rows: each data row of one part is filled in the other too (nine in ten);
- the left part is a register table on its own, and the part to its right is no other
  register (or one whose id and title columns none of its headers names for certain: its
  words only lean to a register, round 22), has no title column of its own and names none of the left part's columns
  again (its fields are more of the register's: dates, a status, a priority, notes; a
  scale legend's ``Probability | Impact`` beside a risk register names them again);
- read as one table, it is still that register (round 22: when NEITHER part is a register
  alone, the register the joined table is, so a short id | title | owner run left of a
  spacer joins the fields right of it).

Such parts are one table: the report, the mapping file and next month's file see the whole
range; the empty column maps to nothing. Two registers side by side stay apart (each is one
on its own), as does a register beside a table that is not one on other rows (a key, a
chart's data).
"""

from __future__ import annotations

from collections.abc import Callable

from addin.adopt.classify import MAIN_COLUMNS, Candidate, Classification
from addin.adopt.dates import parse_text_date
from addin.adopt.detect import (
    HeaderCell,
    TableBlock,
    block_from_range,
    header_texts,
    heads_a_table,
    is_guidance_row,
    is_label,
)
from addin.adopt.grid import Grid, cell_text, is_blank
from addin.adopt.match import CERTAIN
from addin.adopt.page_breaks import join_page_breaks
from addin.adopt.periods import month_label
from addin.adopt.print_furniture import page_line
from addin.layout import FINANCE

#: Registers of items, one per row (finance's periods and a RAID table's types are not
#: joined here).
_ITEM_REGISTERS = frozenset(
    {"risks", "issues", "assumptions", "dependencies", "decisions", "milestones"}
)

#: A finance tracker's line column (round 27: its names may stand left of a spacer).
_LINE = MAIN_COLUMNS["finance"][0]

#: A finance tracker's amounts (budget, actual, forecast).
_MONEY = frozenset(c.key for c in FINANCE.columns if c.kind == "money")

#: The share of data rows that must be filled in both parts alike.
SAME_ROWS = 0.9


def join_across_spacers(
    grid: Grid, blocks: list[TableBlock], classify_block: Callable[[TableBlock], Classification]
) -> list[TableBlock]:
    """``blocks`` with each register table joined to the parts right of it across one empty
    column that have no text column of their own (see the module docstring)."""
    blocks = join_page_breaks(grid, blocks, classify_block)  # round 28's last hour
    out = [_with_strip_left(grid, b, blocks, classify_block) for b in blocks]
    i = 0
    while i < len(out):
        left = out[i]
        months = _months_beside(grid, out, left, classify_block)
        if months is not None:
            out[i], spaced = months
            out.remove(spaced)  # more months may follow further right: look again
            continue
        right = next((b for b in out if _beside(grid, left, b)), None)
        if right is None:
            i += 1
            continue
        under = _table_under(grid, left, right)
        if under is not None:
            # round 25: the left part's rows end where another table under it begins
            left = block_from_range(
                grid, left.header_row, left.first_col, left.last_col, under.header_row - 1
            )
            left.preamble = out[i].preamble
        own = classify_block(left)
        beside = classify_block(right)
        register = own.register
        if register is None and beside.register == "finance" and under is None:
            # round 34 (v36s): an agency's staffing plan spaced between its people (``Name
            # | Title | Bill rate``) and its months of hours: the months alone read as a
            # tracker of nameless lines; joined, a resource plan whose people the left
            # part holds. Only a resource plan is joined so: a list beside a tracker that
            # reads as no plan stays apart
            both = block_from_range(
                grid, left.header_row, left.first_col, right.last_col, left.last_data_row
            )
            both.preamble = left.preamble
            whole_plan = classify_block(both)
            if whole_plan.register == "resources" or _lines_left(
                grid, left, right, beside, whole_plan
            ):
                out[i] = both
                out.remove(right)
                continue
        if register is None and beside.register is None:
            # round 22: neither part is a register alone (a short `Card ID | Title | Owner`
            # left of the spacer, the card's fields right of it); read as one table they
            # may be: the register the joined table is
            both = block_from_range(
                grid, left.header_row, left.first_col, right.last_col, left.last_data_row
            )
            # round 38 (px43): read under the title over it (``Deliverables``, ``Key
            # dates``), as the joined table is below; before, the title was not seen here
            both.preamble = left.preamble
            register = classify_block(both).register
        if register == "raid":
            refused = not _raid_fields(own, beside) or _keyed(grid, right)
        else:
            refused = (
                register not in _ITEM_REGISTERS
                or (
                    beside.register not in (None, register)
                    and _names_items(beside)
                    and not _months_are_item_dates(grid, left, right, beside, classify_block)
                )
                or _names_another_registers_items(beside, register)
            )
        if refused or register is None:
            i += 1
            continue
        joined = block_from_range(
            grid, left.header_row, left.first_col, right.last_col, left.last_data_row
        )
        joined.preamble = left.preamble
        whole = classify_block(joined)
        if whole.register != register or (
            register != "raid"
            and (
                not _named_once(own, beside, whole, register, joined)
                or (
                    _has_title(beside, register)
                    and _names_items_in(own, register)
                    and not _both_texts(whole, register)
                )
            )
        ):
            i += 1
            continue
        out[i] = joined
        out.remove(right)  # the joined table may reach further right: look again
        if under is not None and heads_a_table(under):
            # the table under it is a table of its own, found and listed as any other; a
            # two-label strip (``Key | Meaning``) is none, as it is no table when it
            # stands three rows under (find_tables' rule)
            out.insert(i + 1, under)
    # round 35: a finance tracker's rows spaced by a blank column are one tracker
    out = _finance_across_spacers(grid, out, classify_block)
    # round 28: the last group of fields right of a spacer, too narrow to be found alone
    return [_with_strip_right(grid, b, out, classify_block) for b in out]


def _finance_across_spacers(
    grid: Grid, blocks: list[TableBlock], classify_block: Callable[[TableBlock], Classification]
) -> list[TableBlock]:
    """``blocks`` with each finance tracker's parts across one empty spacer column joined
    (round 35, found by perturbing the tuning layouts: a blank column put inside a fee
    tracker ``Month | Fee line | | Budget | Actual`` lost the whole tracker, or every
    amount right of the spacer; the item registers' joins above leave finance out).

    Two parts side by side, one empty column between them from the header down, with items
    on the same rows (a part the finder listed, or a strip of labelled headers too narrow to
    be listed), are one tracker when: neither part is a register of items on its own (each
    is finance or none), they do not BOTH read a cost line (two trackers side by side each
    name their own lines), the right part names none of the left part's headers again (the
    same months under another year, a measure again: another block), and read as one table they are finance that reads a
    cost line and a field or a month in each part (``Workstream | Measure | Jan | Feb``, a
    spacer, ``Mar | Apr``: the months right of it read alone as lines of no name, more
    lines than the tracker has). A risk list beside a tracker is a
    register of its own and stays apart."""
    out = list(blocks)
    i = 0
    while i < len(out):
        joined = _finance_joined(grid, out[i], out, classify_block)
        if joined is None:
            i += 1
            continue
        whole, parts = joined
        at = min(out.index(p) for p in parts if p in out)
        for part in parts:
            if part in out:
                out.remove(part)
        out.insert(at, whole)
        i = at  # the tracker may go on across another spacer: look again
    return out


def _finance_joined(
    grid: Grid,
    block: TableBlock,
    blocks: list[TableBlock],
    classify_block: Callable[[TableBlock], Classification],
) -> tuple[TableBlock, list[TableBlock]] | None:
    """``block`` joined with the part across a spacer right or left of it (see
    :func:`_finance_across_spacers`) and the parts it replaces, or None."""
    right = next((b for b in blocks if _beside_run_on(grid, block, b, blocks)), None)
    later = False  # round 38 (px43): a part filled on some of the tracker's rows only
    if right is None:
        right = _strip_right(grid, block, blocks)
    if right is None:
        right = _strip_right(grid, block, blocks, later=True)
        right = right or next((b for b in blocks if _beside_later(grid, block, b)), None)
        later = right is not None
    left = next((b for b in blocks if _beside_run_on(grid, b, block, blocks)), None)
    if left is None:
        left = _strip_left(grid, block, blocks)
    for a, b in ((block, right), (left, block)):
        if a is None or b is None:
            continue
        mine, theirs = classify_block(a), classify_block(b)
        if mine.register not in (None, "finance") or theirs.register not in (None, "finance"):
            continue
        if later and b is right and mine.register != "finance":
            continue  # later fields stand beside a tracker, not beside a list running on
        both_lines = _reads_line(mine) and _reads_line(theirs)
        both_certain = both_lines and _line_certain(mine) and _line_certain(theirs)
        # round 38 (px43): two trackers side by side each read amounts; an invoice log's
        # parts (``Invoice # | Invoice date | Supplier | PO``, a spacer, ``Cost line | Net
        # | GST | Gross``) are each too little alone, one with no amount
        halves = not (_reads_amount(mine) and _reads_amount(theirs))
        if both_certain and not halves:
            continue  # two trackers side by side, each naming its own lines
        if _named_again(a, b):
            continue  # the same months or measures again: another block, not more fields
        last = _filled_on_both(grid, a, b, blocks)
        whole = block_from_range(grid, a.header_row, a.first_col, b.last_col, last)
        whole.preamble = a.preamble or b.preamble
        read = classify_block(whole)
        if read.register != "finance":
            continue
        if not _reads_line(read):
            continue
        chosen = read.mappings.get("finance", {})
        lines_read = [col for col, c in chosen.items() if c.column_key == _LINE]
        settled = both_certain and halves and len(lines_read) == 1
        if both_lines and not settled and not _one_line_settled(chosen, mine, theirs):
            continue
        # a field or a month read in each part (a wide tracker's months are no mapped field)
        used = {col for col, c in chosen.items() if c.column_key} | set(read.month_cols)
        in_a = any(col <= a.last_col for col in used)
        in_b = any(col >= b.first_col for col in used)
        if in_a and in_b:
            return whole, [a, b]
    return None


def _beside_run_on(
    grid: Grid, left: TableBlock, right: TableBlock, blocks: list[TableBlock]
) -> bool:
    """Whether ``right`` stands one empty column right of ``left`` (:func:`_beside`), or
    round 36: under the same header row from the same first row, the finder having ended
    one part earlier than the other, when the shorter part runs on beside the longer down to
    its last row (something in each of those rows, no listed block starting there) and the
    spacer is empty all the way (an accruals tracker: ``Month | Cost line | Invoiced |
    Accrued | Total actual``, a spacer, ``Forecast | Notes``; the later months hold the
    month, the line and the forecast alone, and the left part was ended at the last
    invoiced month)."""
    if _beside(grid, left, right):
        return True
    if right is left or right.first_col != left.last_col + 2:
        return False
    if (right.header_row, right.first_data_row) != (left.header_row, left.first_data_row):
        return False
    shorter, longer = sorted((left, right), key=lambda x: x.last_data_row)
    gap = left.last_col + 1
    top = min((*left.header_rows, *right.header_rows), default=left.header_row)
    if any(not is_blank(grid.value(r, gap)) for r in range(top, longer.last_data_row + 1)):
        return False
    starts = {x.header_row for x in blocks}
    rows = range(shorter.last_data_row + 1, longer.last_data_row + 1)
    return all(
        r not in starts and not grid.row_is_blank(r, shorter.first_col, shorter.last_col)
        for r in rows
    )


def _filled_on_both(grid: Grid, a: TableBlock, b: TableBlock, blocks: list[TableBlock]) -> int:
    """Round 35 (px37b): the last row of a tracker joined across a spacer: the parts' last
    data row, then on down while each row holds something in both parts and no listed block
    starts there (a fee tracker's last months hold the budget alone right of the spacer,
    one cell of four, and the finder ended that part at the last invoiced row)."""
    last = max(a.last_data_row, b.last_data_row)
    starts = {x.header_row for x in blocks}
    while (
        last + 1 <= grid.n_rows
        and last + 1 not in starts
        and not grid.row_is_blank(last + 1, a.first_col, a.last_col)
        and not grid.row_is_blank(last + 1, b.first_col, b.last_col)
        and is_blank(grid.value(last + 1, a.last_col + 1))
    ):
        last += 1
    return last


def _named_again(a: TableBlock, b: TableBlock) -> bool:
    """Whether ``b`` names again a header ``a`` has (``Jan | Feb | Mar`` right of the same
    months under another year, ``Budget | Headcount`` right of a ``Budget``)."""
    mine = {t.casefold() for t in header_texts(a).values() if t.strip()}
    return any(t.strip() and t.casefold() in mine for t in header_texts(b).values())


def _line_certain(classification: Classification) -> bool:
    """Whether a part read as finance names its cost line column for certain."""
    chosen = classification.mappings.get("finance", {})
    return any(c.column_key == _LINE and c.confidence >= CERTAIN for c in chosen.values())


def _one_line_settled(
    chosen: dict[int, Candidate], mine: Classification, theirs: Classification
) -> bool:
    """Round 36 (px39): when both parts of a tracker across a spacer read a cost line alone,
    one of them only by leaning (a ledger export's ``Period | Ledger``, a spacer, ``Account |
    Description | Amount``: alone, ``Ledger`` leans to the line), whether the joined table
    settles it: it reads the line in one column, the one a part names for certain."""
    certain = {
        col
        for part in (mine, theirs)
        for col, c in part.mappings.get("finance", {}).items()
        if c.column_key == _LINE and c.confidence >= CERTAIN
    }
    read = {col for col, c in chosen.items() if c.column_key == _LINE}
    return len(certain) == 1 and read == certain


def _reads_amount(classification: Classification) -> bool:
    """Whether a part reads an amount: a money column of the finance register, or months
    across (a wide tracker's months hold its amounts)."""
    chosen = classification.mappings.get("finance", {})
    return bool(classification.month_cols) or any(c.column_key in _MONEY for c in chosen.values())


def _reads_line(classification: Classification) -> bool:
    """Whether a part read as finance reads a cost line column (at any confidence: a
    ``Fee line`` or ``Workstream`` is read as the line without being named so for certain)."""
    chosen = classification.mappings.get("finance", {})
    return any(c.column_key == _LINE for c in chosen.values())


def _with_strip_left(
    grid: Grid,
    right: TableBlock,
    blocks: list[TableBlock],
    classify_block: Callable[[TableBlock], Classification],
) -> TableBlock:
    """``right`` joined with the short strip of fields one empty column left of it that no
    table holds (round 25's last hour), else ``right`` as it is.

    A spacer put after a register's first two fields (``No | Topic``, then the spacer, then
    ``Agreed by | Agreed on | Reason``) leaves a strip too narrow to be a table of its own,
    so the finder lists none there, and the fields right of the spacer, which name no item,
    were no register either: the whole log was lost. An empty spacer column does not end a
    table whose header goes on past it: the strip is the same table's when its header
    cells are labels on the same header row, its rows are the right part's rows, the part
    right of it names no item of its own (no id, no title: :func:`_names_items`), and the
    joined table is a register of items that reads its id or title in the strip. When the
    part right of it names its items' text but no id (``ID | Work Item Type``, a spacer,
    ``Title | State | ...``), the strip is the same table's when it opens with a key (a
    different code with a digit on every row, :func:`_keyed`) that the joined table reads
    as the id (a mixed RAID table's type column with it). A column that really separates
    two tables does not pass: a list beside a register fills other rows, or the register
    beside it names its own id."""
    lines = _line_strip(grid, right, blocks, classify_block)
    if lines is not None:
        return lines
    strip = _strip_left(grid, right, blocks)
    if strip is None:
        return right
    beside = classify_block(right)
    own_id = beside.register is not None and "id" in _certain(beside, beside.register)
    if own_id or (_names_items(beside) and not _keyed(grid, strip)):
        return right
    joined = block_from_range(
        grid, right.header_row, strip.first_col, right.last_col, right.last_data_row
    )
    joined.preamble = right.preamble
    whole = classify_block(joined)
    register = whole.register
    if register not in _ITEM_REGISTERS | {"raid"}:
        return right
    if register == "raid":
        return joined if _keyed(grid, strip) else right
    main = {*MAIN_COLUMNS[register], "id"}
    if _names_items(beside):
        main = {"id"}  # the part right of it names the items: the strip holds their key
    if not _certain_up_to(whole.mappings.get(register, {}), main, strip.last_col):
        return right
    return joined


def _with_strip_right(
    grid: Grid,
    left: TableBlock,
    blocks: list[TableBlock],
    classify_block: Callable[[TableBlock], Classification],
) -> TableBlock:
    """``left`` joined with the short strip of fields one empty column right of it that no
    table holds (round 28), else ``left`` as it is.

    A printout's spacer columns fall after any group of fields: the last group, two fields
    (``Current Status | Response Actions``), is too narrow for the finder to list as a
    table, so the register lost it (the fields were listed as values outside every table).
    An empty spacer column does not end a register whose header goes on past it: the strip
    is the same table's when its header cells are labels on the register's header row, its
    rows are the register's rows (nine in ten alike), it names no item of its own (no id,
    no title: :func:`_names_items`), names again none of the register's columns for certain
    (a scale legend's ``Probability | Impact`` does), and the joined table is the same
    register reading one field or more in the strip. A list beside a register fills other
    rows, and a register beside names its own id: neither is joined."""
    joined = left
    for _ in range(8):  # a printout may space several groups: join each strip in turn
        strip = _strip_right(grid, joined, blocks)
        if strip is None:
            return joined
        own = classify_block(joined)
        register = own.register
        if register is None and joined is left:
            # round 38 (px43): neither part a register alone (``Supplier | Deliverable |
            # Needed on site | Supplier promise``, a spacer, ``Project contact | Status``):
            # the register the whole is, when it names its items left of the spacer
            register = _items_named_left(grid, joined, strip, classify_block)
        if register not in _ITEM_REGISTERS and register != "raid":
            return joined
        beside = classify_block(strip)
        if register == "raid":
            # round 35 (px37b): a mixed RAID log's last field right of a spacer (``Target |
            # | Status``) was left out, as every strip of a RAID log was: its fields are
            # read under each type's register, so the test is round 23's for RAID parts
            if not _raid_fields(own, beside):
                return joined
        elif _names_items(beside) or _certain(beside, register) & _certain(own, register):
            return joined
        wider = block_from_range(
            grid, joined.header_row, joined.first_col, strip.last_col, joined.last_data_row
        )
        wider.preamble = joined.preamble
        whole = classify_block(wider)
        kinds = _ITEM_REGISTERS if register == "raid" else {register}
        if whole.register != register or not any(
            col >= strip.first_col and c.column_key is not None
            for kind in kinds
            for col, c in whole.mappings.get(kind, {}).items()
        ):
            return joined
        joined = wider
    return joined


def _items_named_left(
    grid: Grid,
    left: TableBlock,
    strip: TableBlock,
    classify_block: Callable[[TableBlock], Classification],
) -> str | None:
    """Round 38 (px43): the item register a part that is no register alone and the strip of
    fields right of its spacer are together, when the whole names its items (their id or
    title, for certain) in the left part and the strip names none of its own; else None."""
    if _names_items(classify_block(strip)):
        return None
    wider = block_from_range(
        grid, left.header_row, left.first_col, strip.last_col, left.last_data_row
    )
    wider.preamble = left.preamble
    whole = classify_block(wider)
    register = whole.register
    if register not in _ITEM_REGISTERS:
        return None
    main = {*MAIN_COLUMNS[register], "id"}
    if _certain_up_to(whole.mappings.get(register, {}), main, left.last_col):
        return register
    return None


def _strip_right(
    grid: Grid, left: TableBlock, blocks: list[TableBlock], later: bool = False
) -> TableBlock | None:
    """The run of labelled header cells starting two columns right of ``left`` (the column
    between empty from the header down), on its header row, that no block holds, filled on
    the same rows as ``left`` (or, with ``later``, a tracker's fields filled on some of its
    rows only: :func:`_filled_within`); None when there is none."""
    gap = left.last_col + 1
    first = gap + 1
    top = min(left.header_rows, default=left.header_row)
    if not is_label(grid.value(left.header_row, first)) or any(
        not is_blank(grid.value(r, gap)) for r in range(top, left.last_data_row + 1)
    ):
        return None
    last = first
    while is_label(grid.value(left.header_row, last + 1)):
        last += 1
    if any(
        first <= b.last_col and b.first_col <= last
        for b in blocks
        if b is not left and b.header_row <= left.last_data_row and b.last_data_row >= top
    ):
        return None
    strip = block_from_range(grid, left.header_row, first, last, left.last_data_row)
    if later and _filled_within(grid, strip, left):
        return strip
    return _filled_alike(grid, strip, left)


def _strip_left(grid: Grid, right: TableBlock, blocks: list[TableBlock]) -> TableBlock | None:
    """The run of labelled header cells ending two columns left of ``right`` (one empty
    column between), on its header row, with data on the same rows, that no block holds;
    None when there is none."""
    strip = _strip_cells(grid, right, blocks)
    if strip is None:
        return None
    return _filled_alike(grid, strip, right)


def _filled_alike(grid: Grid, strip: TableBlock, part: TableBlock) -> TableBlock | None:
    """``strip`` when it starts on ``part``'s first item row and holds items on the same rows
    as ``part`` (:data:`SAME_ROWS` of them, two rows at least), else None: the one test both
    sides of a spacer pass before a strip of fields is joined to the part beside it."""
    rows = range(part.first_data_row, _last_item_row(grid, part) + 1)
    if len(rows) < 2 or strip.first_data_row != part.first_data_row:
        return None
    mine = _item_rows(grid, rows, part.header_row, strip.first_col, strip.last_col)
    theirs = _item_rows(grid, rows, part.header_row, part.first_col, part.last_col)
    same = sum(1 for r in rows if (r in mine) == (r in theirs))
    return strip if same >= SAME_ROWS * len(rows) else None


def _filled_within(grid: Grid, strip: TableBlock, part: TableBlock) -> bool:
    """Round 38 (px43): whether a finance tracker's strip of fields right of a spacer is
    filled on some of the tracker's rows only, as a tracker's later fields are: a forecast
    on the months still to come, a note now and then (``Month | Line | Budget | Actual``,
    an empty narrow column, ``Forecast | Notes``). Every row the strip fills is one of the
    tracker's item rows (two at least), nothing in it under the tracker's last item, and
    its rows are not a short run from the tracker's first row (under half its rows) that
    stops before its last: a list beside (contacts, a key) is filled from its top down and
    ends on its own, where invoices fill the months invoiced so far."""
    rows = range(part.first_data_row, _last_item_row(grid, part) + 1)
    if len(rows) < 2 or strip.first_data_row != part.first_data_row:
        return False
    if any(
        not grid.row_is_blank(r, strip.first_col, strip.last_col)
        for r in range(rows.stop, strip.last_data_row + 1)
    ):
        return False
    mine = _item_rows(grid, rows, part.header_row, strip.first_col, strip.last_col)
    theirs = _item_rows(grid, rows, part.header_row, part.first_col, part.last_col)
    if len(mine) < 2 or not mine <= theirs:
        return False
    top = min(theirs)
    from_top = sorted(mine) == list(range(top, top + len(mine)))
    return not (from_top and max(mine) < max(theirs) and 2 * len(mine) < len(theirs))


def _beside_later(grid: Grid, left: TableBlock, right: TableBlock) -> bool:
    """Round 38 (px43): whether ``right`` is a listed part one empty column right of the
    tracker ``left``, under the same header row, that fills some of its rows only
    (:func:`_filled_within`): a fee tracker's invoices (``Invoiced | VAT | Invoice no.``)
    on the months invoiced so far, none yet on the months to come."""
    if right is left or right.first_col != left.last_col + 2:
        return False
    if (right.header_row, right.first_data_row) != (left.header_row, left.first_data_row):
        return False
    if right.last_data_row > left.last_data_row:
        return False
    gap = left.last_col + 1
    top = min((*left.header_rows, *right.header_rows), default=left.header_row)
    if any(not is_blank(grid.value(r, gap)) for r in range(top, left.last_data_row + 1)):
        return False
    return _filled_within(grid, right, left)


def _line_strip(
    grid: Grid,
    right: TableBlock,
    blocks: list[TableBlock],
    classify_block: Callable[[TableBlock], Classification],
) -> TableBlock | None:
    """Round 27: the finance tracker ``right`` joined with its line columns one empty
    column left of it, else None.

    A spacer put between a tracker's line names and its amounts (``Cost line | Measure``,
    an empty column, then the months) leaves the names in a strip no table holds, and the
    months right of it were read as a tracker of nameless lines. The strip is the same
    tracker's when its header cells are labels on the tracker's header row, the tracker
    names no line column of its own, the joined table reads a column of the strip as the
    line for certain, and the strip's rows are the tracker's lines
    (:func:`_lines_written_once`): a line's name stands on its first row of amounts and
    may be written once over its measure rows (``Budget`` / ``Actual`` / ``Forecast``),
    with category rows that fill the strip alone. A list beside a tracker that names its
    own lines, or one on other rows, stays apart."""
    beside = classify_block(right)
    if beside.register != "finance" or _LINE in _certain(beside, "finance"):
        return None
    strip = _strip_cells(grid, right, blocks)
    if strip is None or not _lines_written_once(grid, strip, right):
        return None
    joined = block_from_range(
        grid, right.header_row, strip.first_col, right.last_col, right.last_data_row
    )
    joined.preamble = right.preamble
    whole = classify_block(joined)
    if whole.register != "finance":
        return None
    chosen = whole.mappings.get("finance", {})
    lines = [col for col, c in chosen.items() if c.column_key == _LINE]
    if _certain_up_to(chosen, {_LINE}, strip.last_col):
        return joined
    # no header names the line: the finance reader takes the first column of text left of
    # the months (``Financial Row``), which must then be the strip's
    if not lines and _text_column(grid, strip):
        return joined
    return None


def _text_column(grid: Grid, strip: TableBlock) -> bool:
    """Whether a column of the strip holds text on every filled row, two rows or more (the
    lines' names; a column of amounts or dates is no line)."""
    for col in range(strip.first_col, strip.last_col + 1):
        values = [
            grid.value(r, col)
            for r in range(strip.first_data_row, strip.last_data_row + 1)
            if not is_blank(grid.value(r, col))
        ]
        if len(values) >= 2 and all(isinstance(v, str) for v in values):
            return True
    return False


def _lines_written_once(grid: Grid, strip: TableBlock, right: TableBlock) -> bool:
    """Whether the strip's rows are the lines of the amounts right of it: every row of
    amounts names its line in the strip or continues the line named above it, each line
    over the same number of rows (a line written once over its measure rows), two lines
    named beside amounts at least, and nothing in the strip under the amounts' last row.
    A short list beside a longer grid leaves one run of nameless rows: refused."""
    rows = range(right.first_data_row, right.last_data_row + 1)
    named, run, runs = 0, 0, []
    started = False
    for r in rows:
        amounts = not grid.row_is_blank(r, right.first_col, right.last_col)
        name = not grid.row_is_blank(r, strip.first_col, strip.last_col)
        if amounts and name:
            named += 1
            started = True
            if run:
                runs.append(run)
            run = 0
        elif amounts:
            if not started:
                return False  # amounts before any line is named
            run += 1
        elif run:
            runs.append(run)
            run = 0
    if run:
        runs.append(run)
    below = right.last_data_row + 1
    if (
        below <= grid.n_rows
        and not grid.row_is_blank(below, strip.first_col, strip.last_col)
        and grid.row_is_blank(below, right.first_col, right.last_col)
    ):
        return False  # the strip goes on under the amounts: a longer list of its own
    return named >= 2 and (not runs or (len(runs) >= 2 and len(set(runs)) == 1))


def _strip_cells(grid: Grid, right: TableBlock, blocks: list[TableBlock]) -> TableBlock | None:
    """The run of labelled header cells ending two columns left of ``right`` (the column
    between empty from the header down), on its header row, that no block holds, as a block
    down to ``right``'s last row; None when there is none."""
    gap = right.first_col - 1
    last = gap - 1
    if last < 1 or any(b.first_col <= last <= b.last_col for b in blocks if b is not right):
        return None
    top = min(right.header_rows, default=right.header_row)
    if any(not is_blank(grid.value(r, gap)) for r in range(top, right.last_data_row + 1)):
        return None
    first = last
    while first >= 1 and is_label(grid.value(right.header_row, first)):
        first -= 1
    first += 1
    if first > last or (first > 1 and not is_blank(grid.value(right.header_row, first - 1))):
        return None
    if any(
        first <= b.last_col and b.first_col <= last
        for b in blocks
        if b is not right and b.header_row <= right.last_data_row and b.last_data_row >= top
    ):
        return None
    return block_from_range(grid, right.header_row, first, last, right.last_data_row)


def _months_beside(
    grid: Grid,
    blocks: list[TableBlock],
    left: TableBlock,
    classify_block: Callable[[TableBlock], Classification],
) -> tuple[TableBlock, TableBlock] | None:
    """The finance table ``left`` joined with the part one spacer column right of it that
    holds more of its month groups, and that part; None when there is none."""
    for right in blocks:
        if right is left or right.first_col != left.last_col + 2:
            continue
        if len(left.header_rows) < 2:
            joined = _months_continued(grid, left, right, classify_block)
        else:
            joined = _more_months(grid, left, right, classify_block)
        if joined is not None:
            return joined, right
    return None


def _months_continued(
    grid: Grid,
    left: TableBlock,
    right: TableBlock,
    classify_block: Callable[[TableBlock], Classification],
) -> TableBlock | None:
    """The finance table ``left`` joined with ``right`` when ``right`` is more of its months
    across one empty column inside the block of months (round 30), else None.

    A tracker with months across and one header row leaves a narrow empty column at a
    quarter's end (``Jan | Feb | Mar | | Apr | May | Jun``), where a subtotal was cut out or
    to space the printout. The part right of it sits on the same rows, under the same one
    header row, and holds months only, none the left part has already (a second block of
    the same months, an ``Actual`` table beside a ``Budget`` one, stays apart), and the
    left part's own columns end in a month.
    """
    if (right.header_rows, right.first_data_row, right.last_data_row) != (
        left.header_rows,
        left.first_data_row,
        left.last_data_row,
    ):
        return None
    gap = left.last_col + 1
    if any(
        not is_blank(grid.value(r, gap)) for r in range(left.header_row, left.last_data_row + 1)
    ):
        return None
    if not left.headers or not month_label(max(left.headers, key=lambda c: c.col)):
        return None
    seen = {c.text.casefold() for c in left.headers if c.text}
    later_year = _later_year_over(grid, left, right)  # round 32's last hour
    if not right.headers or any(
        not month_label(c) or not c.text or (c.text.casefold() in seen and not later_year)
        for c in right.headers
    ):
        return None
    if classify_block(left).register != "finance":
        return None
    joined = block_from_range(
        grid, left.header_row, left.first_col, right.last_col, left.last_data_row
    )
    # the years' row joins the header as the months' group labels (``FY2026/27`` over
    # ``Apr``), as a plan of two years with no spacer is read
    years_row = later_year and tuple(joined.header_rows) == (left.header_row - 1, left.header_row)
    if (joined.header_rows != left.header_rows and not years_row) or classify_block(
        joined
    ).register != "finance":
        return None
    joined.preamble = left.preamble
    return joined


def _later_year_over(grid: Grid, left: TableBlock, right: TableBlock) -> bool:
    """Round 32's last hour: whether the row right above the one header row names one year
    over each part, the right part's later (``2026`` over ``Jan | Feb | Mar``, an empty
    column, ``2027`` over ``Jan | Feb | Mar``; ``FY2026/27`` and ``FY2027/28`` over ``Apr``
    .. ``Mar``), as a plan of two years spaces them: the same month words right of the
    spacer are the next year's months, not a second block of the same ones."""
    from addin.adopt.finance import year_label_only  # finance reads this module's callers

    row = left.header_row - 1
    if row < 1:
        return False

    def year_over(first: int, last: int) -> int | None:
        texts = {cell_text(grid.value(row, c)) for c in range(first, last + 1)} - {""}
        return year_label_only(texts.pop()) if len(texts) == 1 else None

    months = [c.col for c in left.headers if month_label(c)]
    if not months:
        return False
    before = year_over(min(months), left.last_col)
    after = year_over(right.first_col, right.last_col)
    return before is not None and after is not None and after > before


def _more_months(
    grid: Grid,
    left: TableBlock,
    right: TableBlock,
    classify_block: Callable[[TableBlock], Classification],
) -> TableBlock | None:
    """The finance table ``left`` joined with ``right`` when ``right`` is more of its month
    groups across one empty spacer column (round 22), else None.

    A budget-vs-actual sheet that spaces its months (``Jan 2026`` over ``Budget | Actual``,
    an empty column, ``Feb 2026`` over ``Budget | Actual``, ...) is one table: the part right
    of the spacer sits on the same rows, under a group label of the left part's group row,
    and its fields are only measures the left part already has under its own months. A
    part with a field of its own (a ``Notes`` column, a second table's ``Cost line``) or no
    group label above stays apart.
    """
    if (right.header_row, right.first_data_row, right.last_data_row) != (
        left.header_row,
        left.first_data_row,
        left.last_data_row,
    ):
        return None
    gap = left.last_col + 1
    top = min(left.header_rows)
    if any(not is_blank(grid.value(r, gap)) for r in range(top, left.last_data_row + 1)):
        return None
    grouped = {c.text.casefold() for c in left.headers if c.group and c.text}
    joined = block_from_range(
        grid, left.header_row, left.first_col, right.last_col, left.last_data_row
    )
    if joined.header_rows != left.header_rows:
        return None
    beyond = [c for c in joined.headers if c.col >= right.first_col]
    if not beyond or (
        any(not c.group or c.text.casefold() not in grouped for c in beyond if c.text)
        and not _later_months(left, beyond)
    ):
        return None
    if classify_block(left).register != "finance" or classify_block(joined).register != "finance":
        return None
    joined.preamble = left.preamble
    return joined


def _later_months(left: TableBlock, beyond: list[HeaderCell]) -> bool:
    """Whether the columns right of the spacer are more months of the left part's, each
    under a group label (red team of round 31): a report's ``Year to date`` block of ``Jan
    | Feb | Mar`` and, one empty column right, its ``Forecast`` block of ``Apr | May | Jun``.
    Read apart, the right block had no line column and named its lines ``Row 5``, ``Row
    6``. As round 30's months continued across one header row (:func:`_months_continued`):
    months only, none the left part has, and the left part's own columns end in a month."""
    if not left.headers or not month_label(max(left.headers, key=lambda c: c.col)):
        return False
    seen = {c.text.casefold() for c in left.headers if c.text}
    return all(
        c.text and c.group and month_label(c) and c.text.casefold() not in seen for c in beyond
    )


def _has_title(classification: Classification, register: str) -> bool:
    """Whether a part's own headers name the register's title column (the same register's
    second table; a ``Notes`` column read as a description is no title)."""
    chosen = classification.mappings.get(register, {})
    title = MAIN_COLUMNS[register][0]
    return any(c.column_key == title and c.confidence >= CERTAIN for c in chosen.values())


def _named_once(
    own: Classification,
    beside: Classification,
    whole: Classification,
    register: str,
    joined: TableBlock,
) -> bool:
    """Whether no column of the register is named on both sides of the spacer (a scale
    legend's ``Probability | Impact`` beside a risk register names them again, round 14);
    round 23: but a register has a title AND a description, and the words of one are often
    the other's too (``Task Name`` left of the spacer, ``Description`` right of it, both
    read as a title alone): when the joined table reads one as its title and the other as
    its description, nothing is named twice."""
    twice = _certain(own, register) & _certain(beside, register)
    if not twice or _qualified_again(beside, whole, register, twice, joined):
        return True
    return twice <= set(MAIN_COLUMNS[register]) and _both_texts(whole, register)


def _qualified_again(
    beside: Classification,
    whole: Classification,
    register: str,
    twice: set[str],
    joined: TableBlock,
) -> bool:
    """Round 25's last hour: whether the fields named again right of the spacer stand under
    a group label that makes them other fields of the same items (``After mitigation`` over
    ``Likelihood | Consequence``: the residual scores, beside the inherent ones left of
    it). The joined table reads each such column, under its group, as a column of the
    register other than the one named left of the spacer; a scale legend's ``Probability
    | Impact`` beside a register has no such group, and the joined table reads them as the
    same fields again."""
    named = beside.mappings.get(register, {})
    again = [col for col, c in named.items() if c.column_key in twice and c.confidence >= CERTAIN]
    if not again:
        return False
    grouped = {c.col for c in joined.headers if c.group}
    read = whole.mappings.get(register, {})
    return all(
        col in grouped and col in read and read[col].column_key not in twice for col in again
    )


def _both_texts(whole: Classification, register: str) -> bool:
    """Whether the joined table reads a column as each of the register's text columns (its
    title and its description: two columns, both the item's own, round 23)."""
    texts = set(MAIN_COLUMNS[register])
    chosen = whole.mappings.get(register, {})
    return len(texts) >= 2 and texts <= {c.column_key for c in chosen.values()}


def _raid_fields(own: Classification, beside: Classification) -> bool:
    """Whether the part right of a spacer is more fields of the mixed RAID table left of it
    (round 23: ``Ref | Type`` then a spacer, then ``Description | Owner | Due``; before,
    a RAID table was never joined, and its fields right of the spacer were lost): the part
    is no register alone, names no id of its own and no column the left part names (read
    as any register of items)."""
    if beside.register is not None:
        return False
    for key in _ITEM_REGISTERS:
        right = _certain(beside, key)
        if "id" in right or right & _certain(own, key):
            return False
    return True


def _keyed(grid: Grid, block: TableBlock) -> bool:
    """Whether a part's first column holds a code with a digit on every row, a different
    one on each (``A-1``, ``A-2``): a table of its own starts with its own key, whatever
    its header's words (``Action ID`` beside a RAID log; round 23)."""
    values = [
        cell_text(grid.value(r, block.first_col)).strip()
        for r in range(block.first_data_row, block.last_data_row + 1)
        if not grid.row_is_blank(r, block.first_col, block.last_col)
    ]
    return (
        len(values) >= 2
        and all(v and len(v) <= 20 and any(ch.isdigit() for ch in v) for v in values)
        and len(set(values)) == len(values)
        # round 35 (px37b): dates written as text (``05.12.2025``) are no key: a RAID log's
        # ``Target | Status`` right of a spacer was refused as a table of its own
        and not all(parse_text_date(v) is not None for v in values)
    )


def _months_are_item_dates(
    grid: Grid,
    left: TableBlock,
    right: TableBlock,
    beside: Classification,
    classify_block: Callable[[TableBlock], Classification],
) -> bool:
    """Round 38 (px43): whether the part right of a spacer, read as finance only for a
    month and an amount (``Contract date | Forecast date | Achieved | Payment % | Amount |
    Status`` right of ``MS | Deliverable``), names no items of its own: it reads no cost
    line, and the register of items the whole table is reads its month column as one of
    its own fields (the milestone's forecast date). A tracker beside names its lines."""
    if beside.register != "finance" or _LINE in _certain(beside, "finance"):
        return False
    months = [
        col for col, c in beside.mappings.get("finance", {}).items() if c.column_key == "month"
    ]
    if not months:
        return False
    joined = block_from_range(
        grid, left.header_row, left.first_col, right.last_col, left.last_data_row
    )
    joined.preamble = left.preamble
    whole = classify_block(joined)
    if whole.register not in _ITEM_REGISTERS:
        return False
    chosen = whole.mappings.get(whole.register, {})
    return all(
        col in chosen and chosen[col].column_key is not None and chosen[col].confidence >= CERTAIN
        for col in months
    )


def _names_another_registers_items(beside: Classification, register: str) -> bool:
    """Whether the part right of a spacer names, for certain, the main column of ANOTHER
    register of items (``Issue`` beside a list of risks), under a header that is none of
    ``register``'s columns: a second register's list on the same rows, not more fields of
    this one (red team of round 23: a sheet's risks ``Concern | Owner | Status`` and its
    issues ``Issue | Raised by | Date raised`` one empty column apart were read as one risk
    table, the issues' texts left out and their dates taken as the risks')."""
    own = beside.mappings.get(register, {})
    for other in _ITEM_REGISTERS - {register}:
        main = MAIN_COLUMNS[other][0]
        for col, candidate in beside.mappings.get(other, {}).items():
            mine = own.get(col)
            if (
                candidate.column_key == main
                and candidate.confidence >= CERTAIN
                and (mine is None or mine.confidence < CERTAIN)
            ):
                return True
    return False


def _names_items_in(classification: Classification, register: str | None) -> bool:
    """Whether the part left of a spacer names, for certain, what the register's items are
    (its id or a main text column): then a title right of the spacer is a second table's.
    Round 23: when the left part names neither (``To-do list | Assignee | Added``, the
    to-do's text not read on its own), the title right of the spacer is the register's own,
    cut off by the spacer: an empty spacer column does not end a table whose header goes on
    past it."""
    if register is None or register not in MAIN_COLUMNS:
        return True
    own = {*MAIN_COLUMNS[register], "id"}
    chosen = classification.mappings.get(register, {})
    return any(c.column_key in own and c.confidence >= CERTAIN for c in chosen.values())


def _names_items(classification: Classification) -> bool:
    """Whether a part read as a register of its own names, for certain, what its items are
    (the register's id or title column): a second register beside has its own ``Issue ID``
    or ``Decision``; the fields right of a spacer column do not, whatever register their
    words lean to (round 22: a Jira export's ``Reporter | Priority | ... | Mitigation``
    right of a spacer leant to issues, and the risk register was cut in two)."""
    register = classification.register
    if register is None or register not in MAIN_COLUMNS:
        return False
    own = {*MAIN_COLUMNS[register], "id"}
    chosen = classification.mappings.get(register, {})
    return any(c.column_key in own and c.confidence >= CERTAIN for c in chosen.values())


def _certain_up_to(chosen: dict[int, Candidate], keys: set[str], last_col: int) -> bool:
    """Whether a column at or left of ``last_col`` is read for certain as one of ``keys``
    (the part of a joined table left of a spacer, or the strip, names the items or lines)."""
    return any(
        col <= last_col and c.column_key in keys and c.confidence >= CERTAIN
        for col, c in chosen.items()
    )


def _certain(classification: Classification, register: str) -> set[str]:
    """The register's columns a part's headers name for certain: a part naming again a
    column the table has (a scale legend's ``Probability | Impact`` beside a risk
    register) is no more of its fields."""
    chosen = classification.mappings.get(register, {})
    return {c.column_key for c in chosen.values() if c.confidence >= CERTAIN}


def _table_under(grid: Grid, left: TableBlock, right: TableBlock) -> TableBlock | None:
    """Round 25: another table read into the part left of a spacer, under a blank row (a
    RAG key ``Key | Meaning`` one blank row under a register), or None.

    A block under a blank row whose rows have another shape is another table: the items
    above are filled in both parts, the block's rows only in the left part (the right
    part ends above it), and its first row reads as a header (labels only, none a value
    of its column above). Items added under a blank row with their fields still empty
    are items: a block whose first column continues the IDs above (``R08`` after
    ``R01``-``R07``) is not cut off, nor one that starts with a value seen above."""
    from addin.adopt.evidence import id_prefix  # evidence reads classify, above this

    right_last = _last_item_row(grid, right)
    if left.last_data_row <= right_last + 1 or right_last < left.first_data_row + 1:
        return None
    if not grid.row_is_blank(right_last + 1, left.first_col, left.last_col):
        return None
    top = right_last + 1
    # blank rows and a note's lines (one cell filled: ``Scoring: L x I``) before the block
    while top <= left.last_data_row and (
        len(grid.nonblank_cols(top, left.first_col, left.last_col)) <= 1
    ):
        top += 1
    rows = range(top, left.last_data_row + 1)
    if len(rows) < 2 or any(
        not grid.row_is_blank(r, right.first_col, right.last_col) for r in rows
    ):
        return None
    cols = grid.nonblank_cols(top, left.first_col, left.last_col)
    above = range(left.first_data_row, right_last + 1)
    if len(cols) < 2 or not all(is_label(grid.value(top, c)) for c in cols):
        return None
    for c in cols:
        seen = {cell_text(grid.value(r, c)).casefold() for r in above}
        if cell_text(grid.value(top, c)).casefold() in seen:
            return None
    ids = [grid.value(r, left.first_col) for r in above]
    if id_prefix(ids) and any(
        id_prefix([*ids, grid.value(r, left.first_col)])
        for r in rows
        if not is_blank(grid.value(r, left.first_col))
    ):
        return None
    under = block_from_range(grid, top, left.first_col, max(cols), left.last_data_row)
    # its preamble: the lines between the table above and it (a note), not the table
    under.preamble = [
        (r, c, cell_text(grid.value(r, c)))
        for r in range(right_last + 1, top)
        for c in grid.nonblank_cols(r, left.first_col, left.last_col)
    ]
    return under


def _beside(grid: Grid, left: TableBlock, right: TableBlock) -> bool:
    """Whether ``right`` stands one empty column right of ``left``, on its rows."""
    if right is left or right.first_col != left.last_col + 2:
        return False
    under = _table_under(grid, left, right)
    if under is not None:
        left = block_from_range(
            grid, left.header_row, left.first_col, left.last_col, under.header_row - 1
        )
    # the same (lowest) header row and the same rows; a group label over some of one
    # part's headers (a merged `Dates` over `Required By | Agreed Date`, round 22's last
    # hour) gives that part a second header row, and it is still the same table's fields
    if (right.header_row, right.first_data_row, _last_item_row(grid, right)) != (
        left.header_row,
        left.first_data_row,
        _last_item_row(grid, left),
    ):
        return False
    gap = left.last_col + 1
    top = min((*left.header_rows, *right.header_rows), default=left.header_row)
    if any(not is_blank(grid.value(r, gap)) for r in range(top, left.last_data_row + 1)):
        return False
    rows = range(left.first_data_row, _last_item_row(grid, left) + 1)
    if len(rows) < 2:
        return False
    mine = _item_rows(grid, rows, left.header_row, left.first_col, left.last_col)
    theirs = _item_rows(grid, rows, right.header_row, right.first_col, right.last_col)
    same = sum(
        1
        for r in rows
        if (r in mine) == (r in theirs) or (r not in theirs and _band_row(grid, r, left))
    )
    return same >= SAME_ROWS * len(rows)


def _band_row(grid: Grid, row: int, left: TableBlock) -> bool:
    """Whether the left part's row is a band or heading across the table (``CLOSED
    ITEMS``, ``COMMERCIAL``): one text in its first column and nothing else (round 29: a
    register's bands are written in its first column only, so the part right of a spacer
    is blank there; counted as an item row of the left part alone, a heading or two made
    the parts' rows unlike and every field right of the spacer was lost)."""
    cols = grid.nonblank_cols(row, left.first_col, left.last_col)
    value = grid.value(row, left.first_col)
    return cols == [left.first_col] and isinstance(value, str) and not value.strip().isdigit()


def _item_rows(grid: Grid, rows: range, header_row: int, first: int, last: int) -> set[int]:
    """The part's rows among ``rows`` that hold an item: not blank, and not a guidance row
    between its header and its first item (round 27: a row of units, ``# | # |
    dd/mm/yyyy``, that a template writes over the scores right of a spacer only; the left
    part's row is blank there, and the two parts' rows were counted unlike, so the join was
    refused and every field right of the spacer lost). A row under the first item is an
    item whatever it holds, but a printed page's line across the sheet (``Page 1 of 2`` in
    the first column only) is no item of either part (round 28's last hour: counted as the
    left part's, it made the parts' rows unlike)."""
    filled = [
        r
        for r in rows
        if not grid.row_is_blank(r, first, last) and page_line(grid.row_values(r)) is None
    ]
    top = next(
        (
            r
            for r in range(header_row + 1, rows.stop)
            if not grid.row_is_blank(r, first, last) and not is_guidance_row(grid, r, first, last)
        ),
        rows.stop,
    )
    return {r for r in filled if r >= top}


def _last_item_row(grid: Grid, block: TableBlock) -> int:
    """The part's last item row, not counting a note under it (round 23's last hour).

    A register often ends with a line of text under a blank row (``Scoring: L x I (1-25).
    15 and above is escalated to the Board.``) in its first column: the table finder
    reads it into the part left of a spacer, whose rows then end lower than the part
    right of it, and the two parts of one table were not joined (every field right of
    the spacer lost). Trailing rows that fill one cell only, below a blank row, are such a
    note; a part of one column has no notes told apart from its items."""
    last = block.last_data_row
    if block.last_col <= block.first_col:
        return last
    row = last
    while row > block.first_data_row and (
        grid.row_is_blank(row, block.first_col, block.last_col)
        or len(grid.nonblank_cols(row, block.first_col, block.last_col)) == 1
    ):
        row -= 1
    if row == last or not any(
        grid.row_is_blank(r, block.first_col, block.last_col) for r in range(row + 1, last + 1)
    ):
        return last  # no blank row sets the lines apart: they are items, not a note
    return row


def _lines_left(
    grid: Grid,
    left: TableBlock,
    right: TableBlock,
    beside: Classification,
    whole: Classification,
) -> bool:
    """Round 34 (v36s): a tracker's line names left of a spacer that the finder listed as a
    block of their own (``Name | Title``: two columns, rows under them), the months of
    money right of it reading as a tracker of nameless lines: the same tracker when the
    months name no line column of their own, the joined table is finance reading a column
    of the left part as the line for certain, and the left part's rows are the tracker's
    lines (round 27's strip, :func:`_lines_written_once`)."""
    if whole.register != "finance" or _LINE in _certain(beside, "finance"):
        return False
    if not _lines_written_once(grid, left, right):
        return False
    return _certain_up_to(whole.mappings.get("finance", {}), {_LINE}, left.last_col)
