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
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime

from addin.adopt.convert import parse_date
from addin.adopt.detect import TableBlock
from addin.adopt.evidence import CONTENT, date_share, person_share
from addin.adopt.grid import Grid, is_blank
from addin.adopt.match import CERTAIN, Candidate
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
    return [grid.value(r, col) for r in range(block.first_data_row, block.last_data_row + 1)]


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


def register_by_values(
    block: TableBlock,
    grid: Grid,
    mappings: dict[str, dict[int, Candidate]],
    status_fit: Callable[[str, list[CellValue]], float | None],
) -> tuple[str, dict[int, Candidate], str] | None:
    """The register a table's values say it is, its columns and the reason; None when the
    values decide nothing (the module docstring says what decides). ``status_fit(key,
    values)`` is the share of ``values`` the register's status list takes (English or a
    language's list words)."""
    rows = block.last_data_row - block.first_data_row + 1
    if rows < FEWEST_ROWS:
        return None
    cols = [c.col for c in block.headers]
    # only a header row the vocabularies cannot read: a task list, a calendar or an asset
    # list under English headers read as what they are stays listed, never an issue log
    read = {
        col
        for columns in mappings.values()
        for col, cand in columns.items()
        if cand.confidence >= CERTAIN and not cand.synonym.startswith("(")
    }
    if 2 * len(read & set(cols)) >= len(cols):
        return None
    values = {c: _values(block, grid, c) for c in cols}
    texts = [c for c in cols if _item_texts(values[c])]
    people = [c for c in cols if person_share(values[c]) >= 0.7]
    dates = [c for c in cols if date_share(values[c]) >= 0.8]
    words = [c for c in cols if c not in people and _vocabulary(values[c])]
    if not (texts and people and dates and words):
        return None
    pair = _ordered_dates(block, grid, dates)
    if pair is None:
        return None
    key = "issues"
    chosen = {c: m for c, m in mappings.get(key, {}).items() if m.confidence >= CERTAIN}
    taken = {m.column_key for m in chosen.values()}

    def put(col: int, column_key: str, why: str) -> None:
        if col in chosen or column_key in taken:
            return
        chosen[col] = Candidate(column_key, CONTENT, f"(values are {why})")
        taken.add(column_key)

    raised, due = pair
    put(texts[0], "title", "item texts, the longest texts of the table")
    if len(texts) > 1:
        put(texts[1], "description", "item texts beside the title")
    if len(people) == 1:
        put(people[0], "owner", "person names")
    put(raised, "raised_date", "dates, each on or before the next date column's")
    put(due, "due_date", "dates, each on or after the date column before it")
    free = [c for c in words if c not in chosen]
    # the register's own status words decide (Open / Closed in any tool); else the one
    # short vocabulary left is the status (Atvira / Uždaryta); two or more: listed
    statuses = [c for c in free if (status_fit(key, values[c]) or 0.0) >= 0.8]
    if len(statuses) == 1:
        put(statuses[0], "status", "the register's status words")
    elif len(free) == 1:
        put(free[0], "status", "a short vocabulary repeated down the column")
    ids = [c for c in cols if c not in chosen and _ids(values[c])]
    if ids:
        put(ids[0], "id", "a prefix and a number, different on every row")
    reason = (
        f"{FOUND_BY_VALUES} (item texts, person names, a short repeated vocabulary, and "
        "two dates per row, the first on or before the second: raised, then due)"
    )
    return key, chosen, reason
