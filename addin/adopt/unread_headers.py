"""A register found by its values when no word names it (round 16, issue 15).

Every fresh batch of legacy registers holds tables in a language or a tool the
vocabularies do not hold: the header row reads as nothing, no sheet or title word names a
register, and the table was listed *not adopted*. Yet the values of an issue log say what it
is in any language: a column of item texts, a column of people's names, a short vocabulary
repeated down a column (statuses repeat: ``Atidaryta`` / ``Uždaryta``), and two dates per
row, the first never after the second, the second within half a year of it and, in the
median row, three days or more after it (raised, then due; a calendar's events last a day
or two). :func:`register_by_values` reads that shape and nothing else:

- it runs only when no register was found by words (``classify`` calls it last), so a
  register read by its words reads exactly as before, and only when fewer than half the
  headers read as any register's column (a task list or a calendar under English headers
  is what its headers say, not an issue log);
- it decides a register only where the values decide one: two ordered dates per row are an
  issue's raised and due dates. One date (an assumption's validate-by, a decision's date, a
  risk's review date, a timesheet's day) decides nothing: listed, never guessed;
- every column it maps is at :data:`~addin.adopt.match.CONTENT` confidence, below CERTAIN,
  so the report flags it for review, and the table's reason says "found by its values:
  header words not known";
- the shape excludes what is no register: a contact list or a glossary has no dates, a
  timesheet or a holiday list one date per row, an asset list's purchase and warranty
  dates are years apart, a summary panel or a pivot has no item texts or people.

Round 20 adds the registers whose values hold a word only they write: an assumption log's
status (validated, invalid: no other register's list has them) and a dependency log's
direction (inbound, outbound), read through the list words of any language
(:data:`OWN_WORDS`); and it keeps a meeting's minutes out of the decision log's shape (a
column listing several people per row, the attendees, or texts naming the table's people,
the actions given to them: :func:`minutes_shape`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from itertools import pairwise

from addin.adopt.convert import parse_date, parse_number
from addin.adopt.detect import TableBlock
from addin.adopt.evidence import CONTENT, date_share, person_share, remarks_reading
from addin.adopt.grid import Grid, is_blank
from addin.adopt.match import CERTAIN, Candidate
from addin.adopt.total_rows import item_rows
from addin.host import CellValue

#: The reason's words, which the report shows for every table found so.
FOUND_BY_VALUES = "found by its values: header words not known"
#: Rows a register needs before its values can say what it is.
FEWEST_ROWS = 3
#: A due date further than this many days after the raised date is no issue's due date
#: (an asset's warranty end, a contract's expiry).
LONGEST_GAP = 183
#: An issue is due days or weeks after it is raised: a median gap under this many days is
#: an event's first and last day (a calendar, a timetable), not raised and due.
SHORTEST_GAP = 3
#: A short repeated vocabulary (statuses, priorities) holds this many different words.
VOCABULARY = (2, 8)

_ID = re.compile(r"^[A-Za-z]{1,6}[-_ ./#]?\d{1,6}$")


def _values(block: TableBlock, grid: Grid, col: int) -> list[CellValue]:
    """The column's values on the item rows: a totals row is no item and does not decide
    what a column holds (round 25); nor is a section's title row (``Team North`` over
    numeric IDs, round 25's last hour): every column reads the same rows, so two columns'
    values still pair row by row."""
    return [grid.value(r, col) for r in item_rows(block, grid)]


def _as_date(value: CellValue) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    parsed = parse_date(value) if isinstance(value, str) else None
    return parsed if isinstance(parsed, date) else None


def _item_texts(values: list[CellValue]) -> bool:
    """Different texts of three words or more (in the median), no people's names."""
    present = [v for v in values if not is_blank(v)]
    if len(present) < FEWEST_ROWS or not all(isinstance(v, str) for v in present):
        return False
    texts = [str(v).strip() for v in present]
    if len(set(texts)) < 0.8 * len(texts) or person_share(list(present)) >= 0.5:
        return False
    if several_people(values):
        return False  # round 20: lists of people (a meeting's attendees) are no item texts
    return sorted(len(t.split()) for t in texts)[len(texts) // 2] >= 3


def _vocabulary(values: list[CellValue]) -> bool:
    """A short vocabulary repeated down the column: 2-8 different short words, one at least
    on two rows, filled on most rows, no dates, numbers or people."""
    present = [v for v in values if not is_blank(v)]
    if len(present) < FEWEST_ROWS or len(present) < 0.8 * len(values):
        return False
    if not all(isinstance(v, str) and len(v.split()) <= 3 for v in present):
        return False
    words = [str(v).strip().lower() for v in present]
    low, high = VOCABULARY
    if not low <= len(set(words)) <= high or len(set(words)) == len(words):
        return False
    return date_share(present) < 0.5 and person_share(present) < 0.5


def _ids(values: list[CellValue]) -> bool:
    """A prefix and a number, different on every row."""
    present = [str(v).strip() for v in values if not is_blank(v)]
    return (
        len(present) == len(values)
        and all(_ID.match(v) for v in present)
        and len(set(present)) == len(present)
    )


def _ordered_dates(block: TableBlock, grid: Grid, dates: list[int]) -> tuple[int, int] | None:
    """Two date columns, the first never after the second and the second within
    :data:`LONGEST_GAP` days, on every row holding both (three rows at least); the pair's
    columns in that order. None when no pair, or more than one pair, reads so."""
    pairs: list[tuple[int, int]] = []
    for i, a in enumerate(dates):
        for b in dates[i + 1 :]:
            for first, second in ((a, b), (b, a)):
                both = [
                    (x, y)
                    for x, y in zip(
                        map(_as_date, _values(block, grid, first)),
                        map(_as_date, _values(block, grid, second)),
                        strict=True,
                    )
                    if x is not None and y is not None
                ]
                gaps = sorted((y - x).days for x, y in both)
                if (
                    len(both) >= FEWEST_ROWS
                    and all(0 <= g <= LONGEST_GAP for g in gaps)
                    and gaps[len(gaps) // 2] >= SHORTEST_GAP
                ):
                    pairs.append((first, second))
    return pairs[0] if len(pairs) == 1 else None


def _raised_due_closed(
    block: TableBlock, grid: Grid, dates: list[int]
) -> tuple[int, int, int] | None:
    """Round 22: an issue's three dates when a closed date makes the pairs ambiguous: two
    columns filled on every row reading as raised then due (:func:`_ordered_dates`), and a
    third filled on some rows only (the issues closed), each on or after its row's raised
    date. None when the dates do not read so."""
    full = [c for c in dates if all(_filled(block, grid, c))]
    if len(full) != 2:
        return None
    pair = _ordered_dates(block, grid, full)
    closed = _closed_beside(block, grid, dates, pair) if pair is not None else None
    if pair is None or closed is None:
        return None
    return pair[0], pair[1], closed


def _closed_beside(
    block: TableBlock, grid: Grid, dates: list[int], pair: tuple[int, int]
) -> int | None:
    """Round 22: the one date column beside an issue's raised and due dates filled on
    some rows only (the issues closed), each on or after its row's raised date: the
    closed date. None when there is none, or more than one."""
    others = [c for c in dates if c not in pair]
    if len(others) != 1:
        return None
    filled = _filled(block, grid, others[0])
    if all(filled) or not any(filled):
        return None
    raised = [_as_date(v) for v in _values(block, grid, pair[0])]
    shut = [_as_date(v) for v in _values(block, grid, others[0])]
    if any(b is not None and (a is None or b < a) for a, b in zip(raised, shut, strict=True)):
        return None
    return others[0]


def _whole_levels(values: list[CellValue]) -> list[int] | None:
    """The column's whole numbers 1-5, one per row (three rows at least), or None: a
    likelihood or an impact on a five-point scale."""
    out: list[int] = []
    for value in values:
        if is_blank(value) or isinstance(value, bool | date):
            return None
        number = parse_number(value)
        if number is None or number != int(number) or not 1 <= number <= 5:
            return None
        out.append(int(number))
    return out if len(out) >= FEWEST_ROWS and len(set(out)) >= 2 else None


def _numbers(values: list[CellValue]) -> bool:
    """Most filled values are numbers (an amount, hours, a quantity, a score)."""
    present = [v for v in values if not is_blank(v)]
    found = [v for v in present if not isinstance(v, date | bool) and parse_number(v) is not None]
    return len(present) >= 2 and 2 * len(found) >= len(present)


def _row_numbers(values: list[CellValue]) -> bool:
    """Consecutive whole numbers down the rows, up or down (``Nr.``, ``#``: 1, 2, 3 ...;
    a log written newest first: 12, 11, 10 ...): the row's place or number, no figure."""
    numbers = [parse_number(v) for v in values if not is_blank(v)]
    if len(numbers) != len(values) or len(numbers) < 2 or any(n is None for n in numbers):
        return False
    steps = {b - a for a, b in pairwise(n for n in numbers if n is not None)}
    return steps in ({1.0}, {-1.0})


def _level_pair(cols: list[int], values: dict[int, list[CellValue]]) -> tuple[int, int, int] | None:
    """Two columns side by side of whole numbers 1-5 and a third column, anywhere, holding
    their product on every row: a risk's probability, impact and score (the matrix every
    risk register keeps). None when no pair, or more than one, reads so."""
    levels = {c: _whole_levels(values[c]) for c in cols}
    found: list[tuple[int, int, int]] = []
    for left, right in pairwise(cols):
        a, b = levels[left], levels[right]
        if a is None or b is None:
            continue
        for col in cols:
            if col in (left, right):
                continue
            got = [parse_number(v) for v in values[col]]
            if all(g is not None and g == x * y for g, x, y in zip(got, a, b, strict=True)):
                found.append((left, right, col))
    return found[0] if len(found) == 1 else None


def _one_date_in_order(block: TableBlock, grid: Grid, dates: list[int]) -> bool:
    """One date column, filled on every row and in order down the rows (earliest first or
    latest first): a log written as things happen."""
    if len(dates) != 1:
        return False
    got = [_as_date(v) for v in _values(block, grid, dates[0])]
    if any(d is None for d in got):
        return False
    days = [d for d in got if d is not None]
    return days == sorted(days) or days == sorted(days, reverse=True)


@dataclass
class _Roles:
    """What each column of a table holds, read from its values alone."""

    cols: list[int]
    values: dict[int, list[CellValue]]
    texts: list[int]
    people: list[int]
    dates: list[int]
    words: list[int]


def _roles(block: TableBlock, grid: Grid) -> _Roles:
    cols = [c.col for c in block.headers]
    values = {c: _values(block, grid, c) for c in cols}
    people = [c for c in cols if person_share(values[c]) >= 0.7]
    return _Roles(
        cols,
        values,
        [c for c in cols if _item_texts(values[c])],
        people,
        [c for c in cols if date_share(values[c]) >= 0.8],
        [c for c in cols if c not in people and _vocabulary(values[c])],
    )


#: How a list column's values read: ``read_list(register, field, values)`` -> each filled
#: value as the field's standard list reads it (None where it does not).
ListReader = Callable[[str, str, list[CellValue]], list[str | None]]


def register_by_values(
    block: TableBlock,
    grid: Grid,
    mappings: dict[str, dict[int, Candidate]],
    status_fit: Callable[[str, list[CellValue]], float | None],
    read_list: ListReader | None = None,
) -> tuple[str, dict[int, Candidate], str] | None:
    """The register a table's values say it is, its columns and the reason; None when the
    values decide nothing, or decide two registers (the module docstring says what
    decides). ``status_fit(key, values)`` is the share of ``values`` the register's status
    list takes (English or a language's list words); ``read_list`` reads a vocabulary as a
    field's list (round 20: an assumption's own statuses, a dependency's directions)."""
    rows = block.last_data_row - block.first_data_row + 1
    if rows < FEWEST_ROWS:
        return None
    # only a header row the vocabularies cannot read: a task list, a calendar or an asset
    # list under English headers read as what they are stays listed, never an issue log;
    # round 28: a remarks column (``Notes`` added right of a Russian export) is counted
    # neither way, since every list keeps remarks and its header names no list
    remarks = _remarks_columns(mappings)
    cols = [c.col for c in block.headers if c.col not in remarks]
    read = {
        col
        for columns in mappings.values()
        for col, cand in columns.items()
        if cand.confidence >= CERTAIN and not cand.synonym.startswith("(")
    }
    if 2 * len(read & set(cols)) >= len(cols):
        return None
    roles = _roles(block, grid)
    own = _own_vocabularies(roles, read_list) if read_list is not None else {}
    plan = _milestone_plan(block, grid, roles, mappings, read_list)
    fits = [
        fit
        for fit in (
            # an item's own field (an assumption's Validated, a dependency's Inbound) is
            # no issue's: the issue signature steps aside (round 20), as for a risk matrix;
            # and for a plan's three dates (round 22: a log's items close in any order)
            None if own or plan else _issue_log(block, grid, roles, mappings, status_fit),
            plan,
            _risk_register(block, grid, roles, mappings, status_fit),
            _decision_log(block, grid, roles, mappings),
            _assumption_log(block, grid, roles, mappings, own, read_list),
            _dependency_log(block, grid, roles, mappings, own, read_list),
        )
        if fit is not None
    ]
    return fits[0] if len(fits) == 1 else None  # two registers fitting: neither is sure


def _remarks_columns(mappings: dict[str, dict[int, Candidate]]) -> set[int]:
    """The columns whose header every register reads as remarks (:func:`remarks_reading`;
    a reading by values, its synonym in brackets, is no header word): the header-read
    share of :func:`register_by_values` leaves them out (round 28)."""
    readings: dict[int, list[Candidate]] = {}
    for columns in mappings.values():
        for col, cand in columns.items():
            if not cand.synonym.startswith("("):
                readings.setdefault(col, []).append(cand)
    return {col for col, cands in readings.items() if all(map(remarks_reading, cands))}


class _Put:
    """A register's columns as its values read them, each at the content confidence."""

    def __init__(self, key: str, mappings: dict[str, dict[int, Candidate]]) -> None:
        self.chosen = {c: m for c, m in mappings.get(key, {}).items() if m.confidence >= CERTAIN}
        self.taken = {m.column_key for m in self.chosen.values()}

    def __call__(self, col: int, column_key: str, why: str) -> None:
        if col in self.chosen or column_key in self.taken:
            return
        self.chosen[col] = Candidate(column_key, CONTENT, f"(values are {why})")
        self.taken.add(column_key)

    def first_id(self, cols: list[int], values: dict[int, list[CellValue]]) -> None:
        """The first column not yet placed whose values are IDs: the register's ID."""
        ids = [c for c in cols if c not in self.chosen and _ids(values[c])]
        if ids:
            self(ids[0], "id", "a prefix and a number, different on every row")


def _issue_log(
    block: TableBlock,
    grid: Grid,
    roles: _Roles,
    mappings: dict[str, dict[int, Candidate]],
    status_fit: Callable[[str, list[CellValue]], float | None],
) -> tuple[str, dict[int, Candidate], str] | None:
    """Round 16: item texts, people, a short vocabulary and raised-then-due dates."""
    cols, values, texts, people = roles.cols, roles.values, roles.texts, roles.people
    if not (texts and people and roles.dates and roles.words):
        return None
    if _level_pair(cols, values) is not None:
        return None  # a likelihood, an impact and their product: a risk's, no issue's
    pair = _ordered_dates(block, grid, roles.dates)
    if pair is None:
        # round 22: a closed date beside them makes a second ordered pair; the two dates
        # every issue has (raised, due) are the columns filled on every row
        life = _raised_due_closed(block, grid, roles.dates)
        if life is None:
            return None
        pair = life[:2]
    closed = _closed_beside(block, grid, roles.dates, pair)
    key = "issues"
    put = _Put(key, mappings)
    raised, due = pair
    if closed is not None:
        put(closed, "closed_date", "dates on some rows only, each on or after the raised date")
    put(texts[0], "title", "item texts, the longest texts of the table")
    if len(texts) > 1:
        put(texts[1], "description", "item texts beside the title")
    if len(people) == 1:
        put(people[0], "owner", "person names")
    put(raised, "raised_date", "dates, each on or before the next date column's")
    put(due, "due_date", "dates, each on or after the date column before it")
    free = [c for c in roles.words if c not in put.chosen]
    # the register's own status words decide (Open / Closed in any tool); else the one
    # short vocabulary left is the status (Atvira / Uždaryta); two or more: listed
    statuses = [c for c in free if (status_fit(key, values[c]) or 0.0) >= 0.8]
    if len(statuses) == 1:
        put(statuses[0], "status", "the register's status words")
    elif len(free) == 1:
        put(free[0], "status", "a short vocabulary repeated down the column")
    put.first_id(cols, values)
    reason = (
        f"{FOUND_BY_VALUES} (item texts, person names, a short repeated vocabulary, and "
        "two dates per row, the first on or before the second: raised, then due)"
    )
    return key, put.chosen, reason


#: Round 22: an issue's statuses a milestone plan never writes (the standard issue list's
#: words its milestone list has not): a vocabulary holding one is a log's status.
ISSUE_WORDS = frozenset({"Open", "Resolved"})


def _filled(block: TableBlock, grid: Grid, col: int) -> list[bool]:
    """Which rows hold a date in the column."""
    return [_as_date(v) is not None for v in _values(block, grid, col)]


def _plan_dates(block: TableBlock, grid: Grid, dates: list[int]) -> tuple[int, int, int] | None:
    """Round 22: a plan's three dates, (baseline, forecast, actual): two date columns filled
    on every row, the left one in date order down the rows (a plan lists its milestones as
    they fall), and a third filled on the first rows only, one at least and not all (what
    is done came first; the rest is yet to come). An issue log's closed dates fall on the
    rows of the issues closed, in any order. None when no three columns read so."""
    full = [c for c in dates if all(_filled(block, grid, c))]
    partial = []
    for col in dates:
        filled = _filled(block, grid, col)
        done = filled.index(False) if False in filled else len(filled)
        if 0 < done < len(filled) and not any(filled[done:]):
            partial.append(col)
    if len(full) != 2 or len(partial) != 1:
        return None
    baseline, forecast = sorted(full)
    planned = [_as_date(v) for v in _values(block, grid, baseline)]
    if planned != sorted(planned, key=lambda d: d or date.min):
        return None
    return baseline, forecast, partial[0]


def _milestone_plan(
    block: TableBlock,
    grid: Grid,
    roles: _Roles,
    mappings: dict[str, dict[int, Candidate]],
    read_list: ListReader | None,
) -> tuple[str, dict[int, Candidate], str] | None:
    """Round 22: item texts naming each row beside a plan's three dates
    (:func:`_plan_dates`), at most one short vocabulary (a status: no severity or priority
    beside it) holding none of an issue's own status words (:data:`ISSUE_WORDS`, in any
    language the list words read), and no figures but row numbers: a milestone plan, in
    any language. One person column is the owner."""
    if not roles.texts or len(roles.words) > 1 or _figures(roles) or read_list is None:
        return None
    if _level_pair(roles.cols, roles.values) is not None:
        return None
    dated = _plan_dates(block, grid, roles.dates)
    if dated is None:
        return None
    key = "milestones"
    status = roles.words[0] if roles.words else None
    if (
        status is not None
        and set(read_list("issues", "status", roles.values[status])) & ISSUE_WORDS
    ):
        return None  # an issue's words (Open, Resolved): a log's status, not a plan's
    put = _Put(key, mappings)
    baseline, forecast, actual = dated
    put(roles.texts[0], "milestone", "item texts naming each row")
    if len(roles.people) == 1:
        put(roles.people[0], "owner", "person names")
    put(baseline, "baseline_date", "dates on every row, in date order down the rows")
    put(forecast, "forecast_date", "dates on every row beside the planned dates")
    put(actual, "actual_date", "dates on the first rows only: the milestones done")
    if status is not None:
        put(status, "status", "a short vocabulary repeated down the column")
    put.first_id(roles.cols, roles.values)
    reason = (
        f"{FOUND_BY_VALUES} (item texts, two dates on every row, the first in date order, "
        "and a third on the first rows only: planned, forecast and actual dates of a "
        "milestone plan)"
    )
    return key, put.chosen, reason


def _risk_register(
    block: TableBlock,
    grid: Grid,
    roles: _Roles,
    mappings: dict[str, dict[int, Candidate]],
    status_fit: Callable[[str, list[CellValue]], float | None],
) -> tuple[str, dict[int, Candidate], str] | None:
    """Round 18: item texts beside two columns of 1-5 and their product (a likelihood, an
    impact and the score of a risk matrix), and a person or a date: a risk register. A
    vocabulary is the status only by the register's own status words (a risk has a
    category, a proximity and a response type too); one date alone is listed."""
    cols, values, texts = roles.cols, roles.values, roles.texts
    matrix = _level_pair(cols, values)
    if not texts or matrix is None or not (roles.people or roles.dates):
        return None
    key = "risks"
    put = _Put(key, mappings)
    probability, impact, score = matrix
    put(texts[0], "title", "item texts, the longest texts of the table")
    if len(texts) > 1:
        put(texts[1], "description", "item texts beside the title")
    put(probability, "probability", "1-5, the left of a pair whose product is beside it")
    put(impact, "impact", "1-5, the right of a pair whose product is beside it")
    put(score, "score", "the product of the 1-5 pair on every row")
    if len(roles.people) == 1:
        put(roles.people[0], "owner", "person names")
    pair = _ordered_dates(block, grid, roles.dates)
    if pair is not None:
        put(pair[0], "raised_date", "dates, each on or before the next date column's")
        put(pair[1], "due_date", "dates, each on or after the date column before it")
    statuses = [
        c for c in roles.words if c not in put.chosen and (status_fit(key, values[c]) or 0.0) >= 0.8
    ]
    if len(statuses) == 1:
        put(statuses[0], "status", "the register's status words")
    put.first_id(cols, values)
    reason = (
        f"{FOUND_BY_VALUES} (item texts beside two columns of 1-5 and their product on "
        "every row: a likelihood, an impact and a risk's score)"
    )
    return key, put.chosen, reason


def _decision_shape(block: TableBlock, grid: Grid, roles: _Roles) -> list[int] | None:
    """The columns beside a decision log's (two texts, one person, one date per row in
    order, nothing repeated, no figures but row numbers), or None when the table is not
    so shaped."""
    texts = roles.texts
    if len(texts) != 2 or len(roles.people) != 1 or roles.words:
        return None
    if not _one_date_in_order(block, grid, roles.dates):
        return None
    others = [c for c in roles.cols if c not in (*texts, *roles.people, *roles.dates)]
    if any(_numbers(roles.values[c]) and not _row_numbers(roles.values[c]) for c in others):
        return None  # hours, amounts, quantities: a timesheet's or a price list's figures
    return others


#: The reason a meeting's minutes are listed with (round 20).
MINUTES = (
    "a meeting's minutes by its values (a column of attendees, or actions given to the "
    "table's people): shaped like a decision log, but not adopted as decisions; name a "
    "decision column in the mapping file if it holds decisions"
)


def minutes_reason(block: TableBlock, grid: Grid) -> str | None:
    """:data:`MINUTES` when the table has a decision log's shape and a meeting's minutes'
    (:func:`minutes_shape`), for the report's reason; else None."""
    if block.last_data_row - block.first_data_row + 1 < FEWEST_ROWS:
        return None
    roles = _roles(block, grid)
    others = _decision_shape(block, grid, roles)
    if others is None or not minutes_shape(roles.values, roles.texts, roles.people[0], others):
        return None
    return MINUTES


def _decision_log(
    block: TableBlock,
    grid: Grid,
    roles: _Roles,
    mappings: dict[str, dict[int, Candidate]],
) -> tuple[str, dict[int, Candidate], str] | None:
    """Round 18: two columns of item texts (what was decided, and why), one column of
    people (who decided) and one date per row in the order the rows were written, with
    no repeated vocabulary (an assumption's status and confidence, an issue's priority),
    no figures and no second date: a decision log. A list with one text column (a notes
    or a holiday list) or a status column (an assumption log) is not told."""
    cols, values, texts = roles.cols, roles.values, roles.texts
    others = _decision_shape(block, grid, roles)
    if others is None:
        return None
    if minutes_shape(values, texts, roles.people[0], others):
        return None  # round 20: attendees, or actions given to people: a meeting's minutes
    key = "decisions"
    put = _Put(key, mappings)
    put(texts[0], "decision", "item texts, the left of two text columns")
    put(texts[1], "rationale", "item texts beside the decision")
    put(roles.people[0], "made_by", "person names")
    put(roles.dates[0], "date", "dates, one per row in the order the rows were written")
    put.first_id(cols, values)
    reason = (
        f"{FOUND_BY_VALUES} (two columns of item texts, person names and one date per row "
        "in the order the rows were written, nothing repeated: what was decided, why, by "
        "whom and when)"
    )
    return key, put.chosen, reason


#: Separators of several people written in one cell (``A, B; C``, ``A & B``, ``A and B``).
_SEVERAL = re.compile(r"\s*(?:[,;/&+\n]|\band\b|\bund\b|\bet\b|\by\b|\be\b|\ben\b)\s*")


def several_people(values: list[CellValue]) -> bool:
    """Most filled rows name two people or more (``Vorna Tellik, Ossa Brimmel``): the
    attendees of a meeting, a list of reviewers, never one person who decided."""
    present = [v for v in values if isinstance(v, str) and v.strip()]
    if len(present) < FEWEST_ROWS:
        return False
    lists = 0
    for value in present:
        parts = [p for p in _SEVERAL.split(value.strip()) if p and p.strip()]
        if len(parts) >= 2 and person_share(list(parts)) >= 0.7:
            lists += 1
    return 2 * lists > len(present)


def _name_words(values: list[CellValue]) -> set[str]:
    """The first and last words of each person's name in a column (three letters or
    more, case-folded): what a text names a person by."""
    words: set[str] = set()
    for value in values:
        if isinstance(value, str):
            parts = value.split()
            words.update(p.casefold() for p in (parts[:1] + parts[-1:]) if len(p) >= 3)
    return words


def names_people(texts: list[CellValue], people: list[CellValue]) -> bool:
    """Most filled texts name one of the table's people (``Vorna to call the depot``):
    actions given to people, as minutes write them, not what was decided or why."""
    names = _name_words(people)
    present = [t for t in texts if isinstance(t, str) and t.strip()]
    if not names or len(present) < FEWEST_ROWS:
        return False
    named = sum(1 for t in present if names & {w.casefold() for w in words_in(t)})
    return 2 * named > len(present)


def words_in(text: str) -> list[str]:
    """The words of a text, punctuation set aside (``Vorna:``, ``(Vorna)``)."""
    return re.findall(r"[^\W\d_]+", text)


def minutes_shape(
    values: dict[int, list[CellValue]], texts: list[int], person: int, others: list[int]
) -> bool:
    """Round 20: a table shaped like a decision log (two texts, a person, one date per row)
    that is a meeting's minutes: a column naming several people on most rows (the
    attendees), or a text column naming the table's people on most rows (the actions given
    to them). The values alone then tell minutes from decisions; a decision log under a
    header that says Decision is read by its words, not here."""
    if any(several_people(values[c]) for c in others):
        return True
    return any(names_people(values[c], values[person]) for c in texts)


#: Round 20: the field whose words only one register's list holds, and those words: an
#: assumption is Validated or Invalid (no other register's status list has them); a
#: dependency is Inbound or Outbound.
OWN_WORDS: dict[tuple[str, str], frozenset[str]] = {
    ("assumptions", "status"): frozenset({"Validated", "Invalid"}),
    ("dependencies", "direction"): frozenset({"Inbound", "Outbound"}),
}


def _figures(roles: _Roles) -> bool:
    """A column of figures other than row numbers (quantities, amounts, hours): a stock,
    price or time list, no register of items."""
    others = [c for c in roles.cols if c not in (*roles.texts, *roles.people, *roles.dates)]
    return any(_numbers(roles.values[c]) and not _row_numbers(roles.values[c]) for c in others)


def _own_vocabularies(roles: _Roles, read_list: ListReader) -> dict[tuple[str, str], int]:
    """(register, field) -> the one repeated vocabulary whose values all read as that
    field's list, one of them at least a word only that register has (``Validada``,
    ``Entrada`` / ``Saída``); a field two vocabularies read so is left out."""
    found: dict[tuple[str, str], list[int]] = {}
    for (key, field), words in OWN_WORDS.items():
        for col in roles.words:
            read = read_list(key, field, roles.values[col])
            if read and all(r is not None for r in read) and set(read) & words:
                found.setdefault((key, field), []).append(col)
    return {k: cols[0] for k, cols in found.items() if len(cols) == 1}


def _assumption_log(
    block: TableBlock,
    grid: Grid,
    roles: _Roles,
    mappings: dict[str, dict[int, Candidate]],
    own: dict[tuple[str, str], int],
    read_list: ListReader | None,
) -> tuple[str, dict[int, Candidate], str] | None:
    """Round 20: item texts beside a status whose words only an assumption log writes (an
    assumption is validated or found invalid, in any language the list words read):
    an assumption log. One person column is the owner, a vocabulary of levels the
    confidence, an ordered pair of dates raised then validate-by; one date alone is
    listed (raised, or validate-by?)."""
    status = own.get(("assumptions", "status"))
    if status is None or not roles.texts or read_list is None:
        return None
    if ("dependencies", "direction") in own or _level_pair(roles.cols, roles.values):
        return None
    if _figures(roles):
        return None
    key = "assumptions"
    put = _Put(key, mappings)
    put(roles.texts[0], "assumption", "item texts, the longest texts of the table")
    put(status, "status", "the assumption log's own status words (validated, invalid)")
    if len(roles.people) == 1:
        put(roles.people[0], "owner", "person names")
    levels = _columns_of(roles, read_list, key, "confidence", but=status)
    if len(levels) == 1:
        put(levels[0], "confidence", "levels (high, medium, low)")
    pair = _ordered_dates(block, grid, roles.dates)
    if pair is not None:
        put(pair[0], "raised_date", "dates, each on or before the next date column's")
        put(pair[1], "validate_by", "dates, each on or after the date column before it")
    put.first_id(roles.cols, roles.values)
    reason = (
        f"{FOUND_BY_VALUES} (item texts beside a status only an assumption log writes: "
        "validated or invalid)"
    )
    return key, put.chosen, reason


def _columns_of(
    roles: _Roles, read_list: ListReader, key: str, field: str, *, but: int
) -> list[int]:
    """The word columns (but the one already placed) every value of which the register's
    list for ``field`` reads: the one a log's levels or statuses may be in."""
    return [
        c
        for c in roles.words
        if c != but and all(r is not None for r in read_list(key, field, roles.values[c]))
    ]


def _dependency_log(
    block: TableBlock,
    grid: Grid,
    roles: _Roles,
    mappings: dict[str, dict[int, Candidate]],
    own: dict[tuple[str, str], int],
    read_list: ListReader | None,
) -> tuple[str, dict[int, Candidate], str] | None:
    """Round 20: item texts beside a column saying which way each runs (inbound or
    outbound, in any language the list words read), and a date: a dependency log. One
    person column is the owner, one date the need-by date (the date a dependency is
    tracked by), the register's own status words its status; two dates are listed (need
    by and committed, either order)."""
    direction = own.get(("dependencies", "direction"))
    if direction is None or not roles.texts or not roles.dates or read_list is None:
        return None
    if ("assumptions", "status") in own or _level_pair(roles.cols, roles.values):
        return None
    if _figures(roles) or len(roles.people) != 1:
        return None  # a stock list's movements in and out carry quantities, and no owner
    key = "dependencies"
    put = _Put(key, mappings)
    put(roles.texts[0], "title", "item texts, the longest texts of the table")
    put(direction, "direction", "the dependency's direction (inbound, outbound)")
    if len(roles.people) == 1:
        put(roles.people[0], "owner", "person names")
    if len(roles.dates) == 1:
        put(roles.dates[0], "need_by", "dates, the one date each dependency is tracked by")
    statuses = _columns_of(roles, read_list, key, "status", but=direction)
    if len(statuses) == 1:
        put(statuses[0], "status", "the register's status words")
    put.first_id(roles.cols, roles.values)
    reason = (
        f"{FOUND_BY_VALUES} (item texts beside a direction, inbound or outbound, and a "
        "date: a dependency's need)"
    )
    return key, put.chosen, reason
