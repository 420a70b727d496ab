"""Which column numbers the items, read from the values (round 14).

Two shapes of ERP and clinical-trial exports put a number where a header promises
something else:

- **The register's noun over record numbers.** SAP's list reports head the record's number
  with the object's name and its text with ``Description``: a project system milestone list
  is ``Milestone | Description`` over ``000000004711 | Handover to operations``, a PM
  notification list ``Notification | Description``. A column read as the register's text
  (``Milestone``) whose every value is a distinct number, beside a column that reads as that
  text too and holds words, is the items' number: it becomes the ID (when no other column
  is) and the words the text. Round 34: item codes of one letter prefix count as such
  numbers (a supplier's SOW writes ``MS | Deliverable`` over ``M1 | Design sign-off``; a
  payment schedule ``Deliverable | Milestone`` over ``Design sign-off | P.1``), never
  period letters (``Q1``, ``H2``, ``FY26``, ``KW 14``).
- **One value on every row.** A CTMS or portfolio export filtered on one study or project
  repeats its number on every row (``Study Number`` = ``ONC-2214``): it names the table's
  context, not each item, so it is no item's ID (the items get generated IDs, as when no ID
  column exists).
"""

from __future__ import annotations

import re
from datetime import date
from itertools import pairwise

from addin.adopt.grid import is_blank
from addin.adopt.match import CERTAIN, Candidate, keep_candidates
from addin.host import CellValue

#: A record number: digits, maybe grouped by dots, dashes or slashes (``000000004711``,
#: ``4711``, ``C.10045.01`` is no number: letters).
_NUMBER = re.compile(r"^\d+(?:[./-]\d+)*$")

#: What :func:`noun_over_numbers` ends its candidates' synonyms with (the report's note).
NUMBERS_SUFFIX = " (numbers)"
WORDS_SUFFIX = " (words)"

#: Rows a constant must fill before it is read as the table's context, not an ID.
CONSTANT_ROWS = 3


#: Round 34: an item code, a short letter prefix and its running number (``M1``, ``MS-01``,
#: ``P.3``, ``DL/004``, ``R 3``): the items' numbers as a supplier's SOW or a gate plan
#: writes them.
_CODE = re.compile(r"^([A-Za-z]{1,5})[-_./# ]?\d{1,6}$")

#: Letters that number periods, not items (``Q1``, ``H2``, ``W12``, ``FY26``, ``KW 14``);
#: ``P.1`` under a payment schedule's ``Milestone`` is its first payment, so ``P`` is none.
_PERIOD_LETTERS = frozenset({"q", "h", "w", "wk", "fy", "cw", "kw"})
#: Round 37 (t45b): how many periods of those letters a year holds (two halves, four
#: quarters): codes numbered past it (``H3``, ``Q5``) number items, not periods.
_PERIODS_IN_A_YEAR = {"h": 2, "q": 4}


def _numbers(values: list[CellValue]) -> bool:
    """Distinct record numbers, or (round 34) distinct item codes of one letter prefix
    (``M1`` .. ``M6`` under ``MS`` beside ``Deliverable``: a SOW's milestone numbers), the
    prefix no period's (``Q1`` .. ``Q4`` are quarters)."""
    present = [str(v).strip() for v in values if not is_blank(v)]
    if len(present) < 2 or len(set(present)) < len(present):
        return False
    if all(_NUMBER.match(p) for p in present):
        return True
    matched = [_CODE.match(p) for p in present]
    prefixes = {m.group(1).casefold() if m else None for m in matched}
    if len(prefixes) != 1 or None in prefixes:
        return False
    prefix = next(iter(prefixes))
    if prefix not in _PERIOD_LETTERS:
        return True
    # round 37 (t45b): a number past the periods' count is an item's (``H1`` .. ``H6`` under
    # a Spanish payment plan's ``Hito``: a year has two halves, four quarters)
    most = _PERIODS_IN_A_YEAR.get(prefix)
    return most is not None and any(int(re.sub(r"\D", "", p)) > most for p in present)


def _words(values: list[CellValue]) -> bool:
    present = [str(v).strip() for v in values if not is_blank(v)]
    if len(present) < 2:
        return False
    return all(isinstance(v, str) for v in values if not is_blank(v)) and all(
        any(ch.isalpha() for ch in p) and " " in p for p in present
    )


def noun_over_numbers(
    scored: dict[int, list[Candidate]],
    values_of: dict[int, list[CellValue]],
    mains: tuple[str, ...],
    has_id: bool = True,
) -> None:
    """Move the text reading from a column of record numbers to the column of words that
    also reads as the text, and read the numbers as the ID (see the module docstring).
    Round 32: in a register with no ID (a finance tracker: a contractor's valuation or a
    bill of quantities, ``Item | Description`` over ``1.1 | Site establishment``) the
    numbers are only left out (``has_id`` False; before, the ID reading failed the
    table)."""
    for col, cands in list(scored.items()):
        if not cands or cands[0].column_key not in mains or not _numbers(values_of.get(col, [])):
            continue
        main = cands[0].column_key
        texts = [
            other
            for other, others in scored.items()
            if other != col
            and any(c.column_key == main for c in others)
            and _words(values_of.get(other, []))
        ]
        if len(texts) != 1:
            continue
        text_col = texts[0]
        was = next(c for c in scored[text_col] if c.column_key == main)
        scored[text_col] = [
            Candidate(
                main, max(was.confidence, cands[0].confidence), f"{was.synonym}{WORDS_SUFFIX}"
            ),
            *(c for c in scored[text_col] if c.column_key != main),
        ]
        id_elsewhere = any(
            c.column_key == "id" and c.confidence >= CERTAIN
            for other, others in scored.items()
            if other != col
            for c in others
        )
        rest = [c for c in cands if c.column_key != main]
        if not id_elsewhere and has_id:
            rest = [
                # as sure as the pair: the numbers' own text reading is lowered by their
                # values (digits are no item's text), which is this rule's evidence
                Candidate(
                    "id",
                    max(cands[0].confidence, was.confidence),
                    f"{cands[0].synonym}{NUMBERS_SUFFIX}",
                ),
                *rest,
            ]
        keep_candidates(scored, col, rest)
        return


def constant_not_id(
    scored: dict[int, list[Candidate]], values_of: dict[int, list[CellValue]]
) -> None:
    """Drop the ID reading of a column holding one same value on every row (three rows at
    least, every row filled)."""
    for col, cands in list(scored.items()):
        if not any(c.column_key == "id" for c in cands):
            continue
        values = values_of.get(col, [])
        present = [str(v).strip().casefold() for v in values if not is_blank(v)]
        if len(present) < CONSTANT_ROWS or len(present) < len(values) or len(set(present)) > 1:
            continue
        kept = [c for c in cands if c.column_key != "id"]
        keep_candidates(scored, col, kept)


#: Round 15's release words for a milestone's text (``synonyms.py``, milestones).
_RELEASE_SYNONYMS = frozenset({"release", "release name"})


def release_grouping(
    scored: dict[int, list[Candidate]], values_of: dict[int, list[CellValue]], register_key: str
) -> None:
    """Red team of round 15: in a milestone plan, a ``Release`` column that repeats a value
    is the release each row ships in (an agile release plan's stories), no milestone's
    name: a release plan names each milestone once. Its milestone reading is dropped
    (read as one, the stories became milestones ``R1``, ``R2``, ``R2``)."""
    if register_key != "milestones":
        return
    for col, cands in list(scored.items()):
        if not any(c.column_key == "milestone" and c.synonym in _RELEASE_SYNONYMS for c in cands):
            continue
        present = [str(v).strip().casefold() for v in values_of.get(col, []) if not is_blank(v)]
        if len(set(present)) == len(present):
            continue
        kept = [c for c in cands if c.column_key != "milestone"]
        keep_candidates(scored, col, kept)


#: Round 36 (t40a): what a ticketing tool, a bug tracker or a service desk calls each record,
#: written alone over the records' numbers (a vendor's ``Ticket`` over 48450, 49081; a
#: defect list's ``Defect`` over 1127, 1131): the record's own number.
#: Singular only (rt36): a plural over numbers counts the records (an incident log's
#: ``Tickets`` 14, 3, 27; a release plan's ``Bugs`` 42, 17), no record's number.
RECORD_NOUNS = frozenset({"ticket", "bug", "defect", "case"})
#: rt36: a record's number is a whole number (``48450``), never a price, a decimal or a
#: date written as text (``245.5``, ``2026-02-01``, which :data:`_NUMBER` admits).
_WHOLE = re.compile(r"^\d+$")
#: The report's note for an ID so read.
RECORD_NUMBER = "(the record's noun over its numbers: its number)"


def record_noun_over_numbers(
    scored: dict[int, list[Candidate]],
    heads: dict[int, str],
    values_of: dict[int, list[CellValue]],
    has_id: bool,
) -> None:
    """In place, round 36: a column headed by a tracker's record noun alone
    (:data:`RECORD_NOUNS`), read as nothing for certain, over distinct record numbers on
    every row (:func:`_numbers`, digits only) is the items' ID, where no other column reads
    the ID for certain. The noun is dropped from headers when matching (``Ticket No`` is
    the number, ``Ticket title`` the title), so the noun alone read nothing and its
    numbers were taken as a measure the register has no field for, which refused the
    table. Near-misses: the noun over words (the item's text: ``noun_as_title``), over
    repeated or blank values, or beside a named ID."""
    if not has_id or any(
        c.column_key == "id" and c.confidence >= CERTAIN for cs in scored.values() for c in cs[:1]
    ):
        return
    for col, head in heads.items():
        if " ".join(head.casefold().split()) not in RECORD_NOUNS:
            continue
        if any(c.confidence >= CERTAIN for c in scored.get(col, [])):
            continue
        values = values_of.get(col, [])
        present = [str(v).strip() for v in values if not is_blank(v)]
        if len(present) < len(values) or not _numbers(values):
            continue
        if not all(_whole(v) for v in values if not is_blank(v)):
            continue
        scored[col] = [Candidate("id", CERTAIN, RECORD_NUMBER), *scored.get(col, [])]
        return


def _whole(value: CellValue) -> bool:
    """rt36: ``value`` is a whole record number: an int (a float of a whole number, as a
    sheet stores it) or digits written as text."""
    if isinstance(value, bool):
        return False
    if isinstance(value, float):
        return value.is_integer() and value >= 0
    if isinstance(value, int):
        return value >= 0
    return bool(_WHOLE.match(str(value).strip()))


#: Round 36 (ox36): whole numbers read as dates (Excel serials) only within this many days of
#: the sheet's other dates: a ``Ticket`` of 48450, 48451 beside raised dates of 2026 is
#: 2032, years away, so record numbers, no dates.
SERIAL_REACH = 366


def numbers_not_dates(
    head: str, values: list[CellValue], others: list[CellValue] | None = None
) -> bool:
    """Round 36 (ox36): True when a column whose header names no date holds whole numbers
    only (no cell a date) that are record numbers, not Excel date serials: the header is a
    record noun (:data:`RECORD_NOUNS`, singular or plural), or the numbers are distinct and
    increasing down the rows (a ticket's, a job's, an order's number), or, read as serials,
    they fall more than :data:`SERIAL_REACH` days away from every date of ``others`` (the
    sheet's other columns). A column holding a date cell, or numbers that are neither,
    keeps its reading (a due date kept as raw serials beside the raised dates)."""
    present = [v for v in values if not is_blank(v)]
    if len(present) < 2 or not all(
        isinstance(v, int | float) and not isinstance(v, bool) and _whole(v) for v in present
    ):
        return False
    words = " ".join(head.casefold().split()).rstrip("s")
    if words in RECORD_NOUNS:
        return True
    numbers = [int(v) for v in present if isinstance(v, int | float)]
    if len(set(numbers)) == len(numbers) and all(a < b for a, b in pairwise(numbers)):
        return True
    dates = [v.toordinal() for v in others or [] if isinstance(v, date)]
    if not dates:
        return False
    # an Excel serial n is the day n after 30 December 1899
    serials = [_EXCEL_EPOCH + n for n in numbers]
    low, high = min(dates), max(dates)
    return all(s < low - SERIAL_REACH or s > high + SERIAL_REACH for s in serials)


_EXCEL_EPOCH = date(1899, 12, 30).toordinal()
