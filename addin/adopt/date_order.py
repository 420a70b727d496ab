"""A date column known by its order against the register's other dates (round 15).

Registers written in a language the data file does not read, or under a header nobody
listed (``Dátum zistenia``, ``Fecha de detección``, ``Logged wk``), still keep their dates
in the register's order: an item is raised before it is due, a milestone's current date
is written on every row beside its baseline while its actual date only where it is done.
A column of dates whose header maps to nothing is mapped from that order **only when the
register still lacks the field and exactly one such column is left**:

- **raised before due** (risks, issues, assumptions): the register's due date (Due Date,
  Validate By) is mapped and its Raised Date is not; the column's date is on or before the
  due date on every row holding both, before it on most, and filled on every row (every
  item was raised; a closed date is written only on closed items) -> Raised Date. The
  other way round, the Raised Date mapped and the due date not: the column's dates on or
  after the raised dates, after them on most, filled on every row -> the due date.
- **a plan's two dates beside the done date** (milestones): two of Baseline, Forecast and
  Actual Date are mapped, one of them the Actual Date; the column is filled on every row
  (an actual date is written only where the milestone is done) -> the one left (Forecast
  Date beside a baseline, Baseline Date beside a forecast).

Two unread date columns or more are never guessed (either could be either field), nor is
one whose dates break the order on a single row. Every mapping made so is ``content``
(0.70, LOW CONFIDENCE, the reason in the report and the mapping file)."""

from __future__ import annotations

from datetime import date

from addin import layout
from addin.adopt.convert import parse_date
from addin.adopt.evidence import BARE_DATE_GUESS, CONTENT, date_share
from addin.adopt.grid import is_blank
from addin.adopt.languages import english_words
from addin.adopt.match import MINIMUM, Candidate, candidates, normalise_header
from addin.adopt.record_numbers import numbers_not_dates
from addin.host import CellValue

#: (earlier field, later field) of the registers where an item is raised before it is due.
_ORDER = {
    "risks": ("raised_date", "due_date"),
    "issues": ("raised_date", "due_date"),
    "assumptions": ("raised_date", "validate_by"),
}
_PLAN = ("baseline_date", "forecast_date")
_ACTUAL = "actual_date"

#: English words a header may hold and still say only "a date" (``Dátum zistenia`` reads
#: ``date zistenia``); any other word adoption knows names some date of its own
#: (``Planned Start``, ``Review Date``, ``Go-live``): the order never moves it.
_ONLY_A_DATE = frozenset({"date", "dates", "day", "dt", "on", "when"})

#: Two unread date columns are an item's raised and due dates only when the later is
#: within this many days of the earlier on every row (round 16): an asset's purchase and
#: warranty dates, a contract's start and end, are years apart.
LONGEST_GAP = 183

#: The note of a mapping made here starts so (``mapped by content: values are dates ...``).
PREFIX = "(values are dates"


def _dates(values: list[CellValue]) -> list[date | None]:
    return [None if is_blank(v) else parse_date(v) for v in values]


def _filled_rows(values_of: dict[int, list[CellValue]]) -> list[bool]:
    """Which rows hold an item (any filled cell)."""
    rows = max((len(v) for v in values_of.values()), default=0)
    return [any(i < len(v) and not is_blank(v[i]) for v in values_of.values()) for i in range(rows)]


def _full(dates: list[date | None], items: list[bool]) -> bool:
    """True when the column holds a date on every row that holds an item (two at least)."""
    wanted = [d for d, item in zip(dates, items, strict=False) if item]
    return len(wanted) >= 2 and all(d is not None for d in wanted)


def _in_order(earlier: list[date | None], later: list[date | None]) -> bool:
    """True when ``earlier`` is on or before ``later`` on every row holding both (two rows
    at least), and before it on most of them."""
    pairs = [(a, b) for a, b in zip(earlier, later, strict=False) if a and b]
    if len(pairs) < 2 or any(a > b for a, b in pairs):
        return False
    return sum(1 for a, b in pairs if a < b) * 2 > len(pairs)


def _displaced_guesses(scored: dict[int, list[Candidate]]) -> dict[int, str]:
    """Round 31: the columns whose only reading is the content guess of a bare date word
    (``Date``, ``Olunaku``, ``Fecha``: the register's due date, by its values, at
    :data:`~addin.adopt.evidence.CONTENT`) while another column's header names that same
    field with more confidence (``Due date``, ``Échéance``) -> the field. The guess loses
    to the header, so the column is a date nothing names: the order may place it (an issue
    log's ``Date`` beside its ``Due date``, each on or before it, is its raised date), as it
    places an unread header's (``Itariki`` beside ``Échéance``)."""
    out: dict[int, str] = {}
    for col, cands in scored.items():
        if not cands or cands[0].synonym != BARE_DATE_GUESS or cands[0].confidence != CONTENT:
            continue
        key = cands[0].column_key
        if any(
            other != col and rival and rival[0].column_key == key and rival[0].confidence > CONTENT
            for other, rival in scored.items()
        ):
            out[col] = key
    return out


def _unread_date_columns(
    scored: dict[int, list[Candidate]],
    values_of: dict[int, list[CellValue]],
    texts: dict[int, str],
    register_key: str,
    guessed: set[int] | None = None,
) -> list[int]:
    out = []
    for col, text in texts.items():
        top = scored.get(col)
        if top and top[0].confidence >= MINIMUM and col not in (guessed or set()):
            continue  # its header (or its content) already reads it
        if _says_only_a_date(text, register_key) and _dates_in(col, text, values_of):
            out.append(col)
    return out


def _dates_in(col: int, text: str, values_of: dict[int, list[CellValue]]) -> bool:
    """True when every value of column ``col`` reads as a date, whole numbers that are
    record numbers aside (round 36, ox36: ``record_numbers.numbers_not_dates``, a
    ``Ticket`` of 48450, 48451 is no due date in 2032)."""
    values = values_of.get(col, [])
    if date_share(values) < 1.0:
        return False
    others = [v for c, vs in values_of.items() if c != col for v in vs]
    return not numbers_not_dates(text, values, others)


def _says_only_a_date(text: str, register_key: str) -> bool:
    """True for a header that maps to nothing and holds no English word but "date"."""
    if text.strip().casefold().endswith((" by", " by:")):
        return False  # "Raised By": a person, never a date
    found = candidates(text, register_key)
    if found and found[0].confidence >= MINIMUM:
        return False  # a header read as a column its values do not fit: not ours to move
    known = {w for r in normalise_header(text) for w in r.split()} & english_words()
    return not known - _ONLY_A_DATE  # "Planned Start", "Next Review": a date of its own


def unplaced_dates(
    values_of: dict[int, list[CellValue]],
    texts: dict[int, str],
    mapped: dict[int, str],
    register_key: str,
) -> dict[int, str]:
    """Why each unread date column the order could not place was left out (column ->
    reason), when two or more are left and the register lacks a date field they could be:
    for the report, so a PMO names them in the mapping file."""
    fields = _ORDER.get(register_key) or ((*_PLAN, _ACTUAL) if register_key == "milestones" else ())
    register = layout.REGISTERS_BY_KEY.get(register_key)
    if register is None or not fields:
        return {}
    lacking = [register.column(f).name for f in fields if f not in mapped.values()]
    unread = [
        col
        for col, text in texts.items()
        if col not in mapped
        and _says_only_a_date(text, register_key)
        and _dates_in(col, text, values_of)
    ]
    if len(unread) < 2 or not lacking:
        return {}
    why = (
        f"a column of dates nothing names: {len(unread)} such columns, and each could be the "
        f"{' or the '.join(lacking)}; not guessed - name it in the mapping file"
    )
    return dict.fromkeys(unread, why)


def dates_by_order(
    scored: dict[int, list[Candidate]],
    values_of: dict[int, list[CellValue]],
    texts: dict[int, str],
    register_key: str,
) -> None:
    """Adds a ``content`` candidate to the one unread date column the register's order
    places (module docstring); changes nothing when none or several are unread."""
    register = layout.REGISTERS_BY_KEY.get(register_key)
    if register is None:
        return
    keys = {c.key for c in register.columns}
    logged_before_text(scored, values_of, register_key)
    mapped: dict[str, int] = {}
    for col, cands in scored.items():
        if cands and cands[0].confidence >= MINIMUM:
            mapped.setdefault(cands[0].column_key, col)
    guessed = _displaced_guesses(scored)
    for col, key in guessed.items():
        if mapped.get(key) == col:  # the header that names the field holds it
            mapped[key] = max(
                (c for c, cands in scored.items() if c != col and cands[0].column_key == key),
                key=lambda c: scored[c][0].confidence,
            )
    unread = _unread_date_columns(scored, values_of, texts, register_key, set(guessed))
    if len(unread) == 2:
        _pair_by_order(scored, values_of, unread, register_key, mapped)
        return
    if len(unread) != 1:
        return  # none, or more than two: left out
    col = unread[0]
    items = _filled_rows(values_of)
    dates = _dates(values_of.get(col, []))
    if not _full(dates, items):
        return
    field: str | None = None
    why = ""
    order = _ORDER.get(register_key)
    if order is not None:
        earlier, later = order
        if earlier not in mapped and later in mapped:
            if _in_order(dates, _dates(values_of.get(mapped[later], []))):
                field = earlier
                why = f"each on or before the {register.column(later).name}"
        elif (
            earlier in mapped
            and later not in mapped
            and _in_order(_dates(values_of.get(mapped[earlier], [])), dates)
        ):
            field = later
            why = f"each on or after the {register.column(earlier).name}"
    elif register_key == "milestones" and _ACTUAL in mapped:
        missing = [f for f in _PLAN if f not in mapped]
        if len(missing) == 1:
            field = missing[0]
            other = register.column(next(f for f in _PLAN if f != field)).name
            why = f"on every row beside the {other} and the Actual Date"
    if field is None or field not in keys:
        return
    cand = Candidate(field, CONTENT, f"{PREFIX}, {why})")
    scored[col] = [cand, *scored.get(col, [])]


#: The item's own text in the registers where an item is raised before it is due.
_ITEM_TEXT = {
    "risks": ("title", "description"),
    "issues": ("title", "description"),
    "assumptions": ("assumption",),
}


def logged_before_text(
    scored: dict[int, list[Candidate]],
    values_of: dict[int, list[CellValue]],
    register_key: str,
) -> None:
    """Round 32's last hour: a bare date word (``Date``, ``When``) guessed the register's
    due date by its values (:data:`~addin.adopt.evidence.BARE_DATE_GUESS`) is its Raised
    Date when it stands BEFORE the item's text (``S/N | Date | Risk | Probability | ...``):
    a log is written left to right as the item is entered, its number and the day it was
    logged first, then what it is; a date the item is due by follows its owner and action
    (``Risk | Owner | Action | Date``). Only in a register raised before due (risks, issues,
    assumptions), only the one such guess, with no other column naming the raised date or
    the due date (the order then places it), and only when every item is dated (a due
    date may wait; the day an item was logged never does). In place, ``content``."""
    order = _ORDER.get(register_key)
    text_keys = _ITEM_TEXT.get(register_key)
    if order is None or text_keys is None:
        return
    earlier, later = order
    tops = {col: cands[0] for col, cands in scored.items() if cands}
    guesses = [
        col
        for col, top in tops.items()
        if top.synonym == BARE_DATE_GUESS and top.confidence == CONTENT and top.column_key == later
    ]
    if len(guesses) != 1:
        return
    col = guesses[0]
    if any(
        c != col and top.column_key in order and top.confidence >= MINIMUM
        for c, top in tops.items()
    ):
        return
    texts = [c for c, top in tops.items() if top.column_key in text_keys and top.confidence >= 0.9]
    if not texts or col > min(texts):
        return
    if not _full(_dates(values_of.get(col, [])), _filled_rows(values_of)):
        return
    why = "before the item's text, where a log writes the day it was logged"
    scored[col] = [Candidate(earlier, CONTENT, f"{PREFIX}, {why})"), *scored[col]]


def _pair_by_order(
    scored: dict[int, list[Candidate]],
    values_of: dict[int, list[CellValue]],
    unread: list[int],
    register_key: str,
    mapped: dict[str, int],
) -> None:
    """Two unread date columns, the register lacking both its raised and its due date, one
    on or before the other on every row, before it on most, within :data:`LONGEST_GAP` days,
    both filled on every item (round 16): the earlier is raised, the later due, each a
    ``content`` candidate. Dates out of order on one row, or either column with a gap, place
    neither (listed as before)."""
    order = _ORDER.get(register_key)
    if order is None or any(f in mapped for f in order):
        return
    items = _filled_rows(values_of)
    a, b = (_dates(values_of.get(col, [])) for col in unread)
    if not (_full(a, items) and _full(b, items)):
        return
    for (first, d1), (second, d2) in (
        ((unread[0], a), (unread[1], b)),
        ((unread[1], b), (unread[0], a)),
    ):
        pairs = [(x, y) for x, y in zip(d1, d2, strict=False) if x and y]
        if _in_order(d1, d2) and all((y - x).days <= LONGEST_GAP for x, y in pairs):
            register = layout.REGISTERS_BY_KEY[register_key]
            earlier, later = order
            scored[first] = [
                Candidate(earlier, CONTENT, f"{PREFIX}, each on or before the next date column's)"),
                *scored.get(first, []),
            ]
            scored[second] = [
                Candidate(
                    later,
                    CONTENT,
                    f"{PREFIX}, each on or after the {register.column(earlier).name} column's)",
                ),
                *scored.get(second, []),
            ]
            return
