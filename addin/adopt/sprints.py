"""A sprint report: the standard Iterations register's own shape (round 41, t52d).

An agile team keeps, or copies out of its tool (Jira's sprint report, Azure DevOps'
velocity chart), one row per sprint: its name, the day it started and the day it ended,
the points committed at its start, the points completed, and the points added after it
began. That is SPEC's Iterations register (Iteration, Start, End, Committed Points,
Completed Points, Scope Added), whatever the headers' exact words. A table is read so when
its first column is headed by the sprint word (``Sprint``, ``Iteration``, in the
vocabulary's languages too) and every value of it holds a number (``Sprint 23``, ``SLIB
Sprint 24``, ``It. 4``), two columns hold dates, the first on or before the second on every
row (start and end), and a column of numbers says the points committed or completed. The
other columns (a sprint goal, points removed) are left out with the reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from addin.adopt.convert import parse_date, parse_number
from addin.adopt.detect import TableBlock
from addin.adopt.grid import Grid, cell_text, is_blank
from addin.adopt.languages import translate
from addin.adopt.match import Candidate

#: The header of a sprint's name.
_SPRINT = re.compile(r"^\s*(?:sprints?|iterations?)(?:\s+(?:name|no\.?|#|number|id))?\s*$", re.I)
#: The words of each points column's header, first match wins (``Added after start`` is
#: the scope added, not a start).
_POINTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("scope_added", re.compile(r"\b(?:added|add|scope\s+change|scope\s+added)\b", re.I)),
    ("committed_points", re.compile(r"\b(?:commit\w*|planned|forecast)\b", re.I)),
    ("completed_points", re.compile(r"\b(?:complet\w*|done|delivered|velocity|achieved)\b", re.I)),
)
#: Round 41 (rt41b): a header naming another measure than points (hours, days, money, a
#: count of features, stories, defects or tickets, a capacity) is no points column, however
#: it says planned or done: a sprint's capacity plan, cost plan or release plan by sprint
#: is no velocity record.
_OTHER_MEASURE = re.compile(
    r"\b(?:hours?|hrs?|days?|man|person|fte|cost\w*|budget\w*|spend\w*|amounts?|values?"
    r"|eur|usd|gbp|chf|features?|stor(?:y|ies)(?!\s*p(?:oin)?ts?)|epics?|defects?|bugs?"
    r"|tickets?|tasks?|issues?|items?|capacity|availab\w*|headcount|people|members?)\b"
    r"|[€$£]",
    re.I,
)
_START = re.compile(r"\b(?:start\w*|begin\w*|from)\b", re.I)
_END = re.compile(r"\b(?:end\w*|finish\w*|to|until)\b", re.I)
_WHY = "read as a sprint report: "


@dataclass
class SprintReport:
    """The columns of a sprint report and why it is one."""

    columns: dict[int, Candidate]
    reason: str


def _english(text: str) -> str:
    """The header with its English words, as a header (``Zugesagt``: committed) and, word by
    word, as a value (round 41, rt41b: ``Erledigt`` done, ``Pontos concluídos`` points
    complete, ``Points terminés``), so a completed column reads in any language."""
    said = text.strip()
    readings = [said]
    for english in (translate(said), translate(said, "values")):
        if english and english != said.casefold() and english not in readings:
            readings.append(english)
    return " ".join(readings)


def _day(value: object) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str) and value.strip():
        return parse_date(value)
    return None


def sprint_report(block: TableBlock, grid: Grid) -> SprintReport | None:
    """The sprint report this table is (see the module's docstring), or None."""
    heads = [h for h in block.headers if h.text]
    if len(heads) < 4:
        return None
    rows = list(range(block.first_data_row, block.last_data_row + 1))
    values = {h.col: [grid.value(r, h.col) for r in rows] for h in heads}
    values = {c: [v for v in vs if not is_blank(v)] for c, vs in values.items()}
    first = heads[0]
    names = values[first.col]
    if not any(_SPRINT.match(w) for w in (first.text, translate(first.text.strip()) or "")):
        return None
    if len(names) < 2 or not all(re.search(r"\d", cell_text(v)) for v in names):
        return None
    columns: dict[int, Candidate] = {first.col: Candidate("iteration", 0.9, "(sprint names)")}
    dated = [
        h
        for h in heads[1:]
        if len(values[h.col]) == len(names) and all(_day(v) is not None for v in values[h.col])
    ]
    if len(dated) < 2:
        return None
    start, end = dated[0], dated[1]
    for r in rows:
        a, b = _day(grid.value(r, start.col)), _day(grid.value(r, end.col))
        if a is not None and b is not None and a > b:
            return None
    columns[start.col] = Candidate("start", 0.9, "(the first date of each sprint)")
    columns[end.col] = Candidate("end", 0.9, "(the last date of each sprint)")
    taken: set[str] = set()
    for h in heads[1:]:
        if h.col in columns or not values[h.col]:
            continue
        if not all(parse_number(v) is not None for v in values[h.col]):
            continue
        said = _english(h.text)
        if _OTHER_MEASURE.search(said):
            continue  # rt41b: hours, money or a count of other things, no points
        key = next((k for k, p in _POINTS if p.search(said)), None)
        if key is None or key in taken:
            continue
        taken.add(key)
        columns[h.col] = Candidate(key, 0.9, f"(points: {h.text})")
    if not taken & {"committed_points", "completed_points"}:
        return None
    mapped = ", ".join(f"{c.column_key} {h.text!r}" for h in heads if (c := columns.get(h.col)))
    return SprintReport(columns, f"{_WHY}one row per sprint ({mapped})")
