"""Plans whose rows are of several kinds: only the milestone rows are milestones (round 17).

A scheduling or work-management tool exports every row of its plan, whatever its kind:
TeamGantt's ``Type`` says ``group`` / ``task`` / ``milestone``, Wrike's and Monday's
``Item type`` or ``Kind`` the same, Primavera P6's ``Activity Type`` ``Task Dependent`` /
``Start Milestone`` / ``Finish Milestone`` / ``WBS Summary``, MS Project's ``Milestone``
flag ``Yes`` / ``No`` (Smartsheet's checkbox: ``TRUE`` / ``FALSE``), and any of them a
milestone as a task of no duration (``0 days``, ``0d``, Start = Finish). A PMO's milestone
plan is the milestone rows of such a plan; its tasks have durations and its summary rows
(groups, phases) carry their children's dates, so neither is a milestone.

:func:`milestone_rows` finds what tells the rows apart, in this order:

1. a **type column** (a header ``Type``, ``Kind``, ``Item type``, ``Row type``, ``Activity
   type``, ``Task type``...) whose values are a short vocabulary, one of them the milestone's
   word (in any language of ``languages.toml``: ``Jalon``, ``Meilenstein``, ``Hito``; a
   qualifier before it: ``Finish Milestone``), the others a plan's other kinds
   (:data:`OTHER_KINDS`: tasks, summaries, groups, phases...);
2. a **milestone flag** (a header ``Milestone``, ``Milestone?``, ``Is milestone``, ``Milestone
   flag``) of yes / no values (``Yes`` / ``No``, ``Y`` / ``N``, ``TRUE`` / ``FALSE``, ticks);
3. **zero durations**: a ``Duration`` column of durations (``0 days``, ``0d``, ``5 days``,
   ``1.5 wks``, ``40h``), some zero and some not, or, with no duration column, a start and
   a finish date equal on some rows and not on others (a table whose text column is headed
   by the milestone's own word is every row a milestone: never narrowed so).

Each needs one milestone row and one row of another kind at least: a plan of tasks only is
no milestone plan, and a milestone plan of milestones only needs no narrowing. The rows of
the other kinds are listed, counted by kind, with the reason (``3 group row(s) (rows 2, 5,
8) and 4 task row(s) ... left out: a plan's rows of other kinds are not milestones``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, time

from addin.adopt.detect import TableBlock
from addin.adopt.grid import Grid, cell_text
from addin.adopt.languages import translate
from addin.adopt.match import CERTAIN, Candidate

#: Headers of a column saying each row's kind.
KIND_HEADER = re.compile(
    r"^(?:(?:item|row|line|record|entry|activity|task|work ?item|element|schedule)[ _]?)?"
    r"(?:type|kind)$",
    re.I,
)
#: A plan's kinds of rows other than milestones, as tools write them (TeamGantt, Wrike,
#: Monday, Asana, Smartsheet, MS Project, Primavera P6's activity types).
OTHER_KINDS = frozenset(
    {
        "task",
        "tasks",
        "subtask",
        "sub task",
        "sub-task",
        "summary",
        "summary task",
        "summary row",
        "group",
        "phase",
        "stage",
        "project",
        "workstream",
        "section",
        "parent",
        "activity",
        "work item",
        "work package",
        "wbs",
        "wbs summary",
        "task dependent",
        "resource dependent",
        "level of effort",
        "hammock",
        "folder",
    }
)
#: Kinds that summarise the rows under them (their dates are their children's).
SUMMARY_KINDS = frozenset(
    {
        "summary",
        "summary task",
        "summary row",
        "group",
        "phase",
        "stage",
        "project",
        "wbs",
        "wbs summary",
        "workstream",
        "section",
        "parent",
        "folder",
        "work package",
    }
)
_MILESTONE_QUALIFIERS = frozenset({"start", "finish", "key", "project", "major", "minor"})
_FLAG_HEADER = re.compile(r"^(?:is[ _]?)?milestones?(?:[ _]?flag)?\s*\??$", re.I)
_YES = frozenset({"y", "yes", "true", "1", "x", "✓", "✔", "☑"})
_NO = frozenset({"n", "no", "false", "0", "☐", "-"})
_DURATION_HEADER = re.compile(
    r"^(?:(?:original|planned|plan|baseline|scheduled|est\.?|estimated)\s+)?"
    r"(?:duration|dur\.?)(?:\s*\((?:days?|d|hours?|h|wks?|weeks?)\))?$",
    re.I,
)
#: A duration as tools write it: ``0``, ``0d``, ``0 days``, ``5 days?`` (MS Project's
#: estimate), ``1.5 wks``, ``40h``, ``2 mons``, ``3 edays`` (elapsed days).
_DURATION = re.compile(
    r"^(\d+(?:[.,]\d+)?)\s*(?:e?(?:d|days?|dys?|h|hrs?|hours?|w|wks?|weeks?|mo|mons?|months?|"
    r"min|mins?|minutes?)"
    # round 34 (v36l): the units Microsoft Project writes in its other languages (German
    # ``0 Tage``, French ``5 jours`` / ``5 j``, Spanish and Portuguese ``0 días`` / ``0 dias``,
    # Italian ``0 g`` / ``0 giorni``, Dutch ``0 dagen``, Nordic ``0 dagar`` / ``0 dage``,
    # Polish ``0 dni``, Czech ``0 dny``, their weeks and hours)
    r"|tage?|jours?|j|d[ií]as?|giorni|gg?|dagen|dage|dagar|dager|dni|dny|dn[ií]|"
    r"wochen?|wo|semaines?|sem|semanas?|settimane|sett|weken|veckor|uker|uger|"
    r"std|stunden|heures?|horas?|ore|uren|u|timmar|timer)?\s*\??$",
    re.I,
)


def _read(text: str) -> tuple[str, ...]:
    """A header as written, and as its English words (round 34: ``Dauer``, ``Anfang``,
    ``Ende`` of a German Microsoft Project export are its ``Duration``, ``Start`` and
    ``Finish``)."""
    english = translate(text, "words")
    return (text.strip(), english.strip()) if english else (text.strip(),)


_START = re.compile(r"^(?:planned\s+|scheduled\s+|baseline\s+)?start(?:\s+date)?$", re.I)
_FINISH = re.compile(
    r"^(?:planned\s+|scheduled\s+|baseline\s+)?(?:finish|end|due)(?:\s+date)?$", re.I
)


@dataclass
class RowKinds:
    """Which rows of a plan are milestones, and what the others are."""

    column: int | None  # the type, flag or duration column (None: Start = Finish)
    how: str  # "type", "flag", "duration", "start = finish"
    keep: list[int]
    others: dict[str, list[int]] = field(default_factory=dict)  # kind -> rows

    def reason(self, header: str) -> str:
        """How the milestone rows were told (for the table's reason and notes)."""
        told = {
            "type": f"column {header!r} says which rows are milestones (a planning tool's row "
            "type)",
            "flag": f"column {header!r} flags the milestone rows",
            "duration": f"the milestone rows are those of no duration in {header!r}",
            "start = finish": "the milestone rows are those whose start and finish are one day",
        }[self.how]
        left = sum(len(r) for r in self.others.values())
        return f"{told}: {len(self.keep)} milestone row(s) of {len(self.keep) + left}"


def _rows(block: TableBlock, grid: Grid) -> list[int]:
    return [
        r
        for r in range(block.first_data_row, block.last_data_row + 1)
        if not grid.row_is_blank(r, block.first_col, block.last_col)
    ]


def is_milestone_word(text: str) -> bool:
    """True for the milestone's word, alone or after a qualifier (``Finish Milestone``), in
    English or a language of ``languages.toml`` (``Jalon``, ``Meilenstein``, ``Hito``)."""
    words = text.strip().casefold().split()
    if not words or len(words) > 3:
        return False
    if words[-1].rstrip("s") == "milestone" and all(w in _MILESTONE_QUALIFIERS for w in words[:-1]):
        return True
    english = translate(text, "words")
    return english is not None and english.strip() in ("milestone", "milestones")


def _kind(text: str) -> str:
    return " ".join(text.strip().casefold().replace("_", " ").split())


def by_type(block: TableBlock, grid: Grid, rows: list[int]) -> RowKinds | None:
    for cell in block.headers:
        if not KIND_HEADER.match(cell.text.strip()):
            continue
        values = {r: cell_text(grid.value(r, cell.col)) for r in rows}
        written = {r: v for r, v in values.items() if v}
        if len(written) < 2:
            continue
        keep = [r for r, v in written.items() if is_milestone_word(v)]
        others: dict[str, list[int]] = {}
        for r, v in written.items():
            if r in keep:
                continue
            if _kind(v) not in OTHER_KINDS:
                others = {}
                break
            others.setdefault(_kind(v), []).append(r)
        if keep and others:
            unwritten = [r for r in rows if r not in written]
            if unwritten:
                others["untyped"] = unwritten
            return RowKinds(cell.col, "type", keep, others)
    return None


def by_flag(
    block: TableBlock, grid: Grid, rows: list[int], skip: set[int] | None = None
) -> RowKinds | None:
    for cell in block.headers:
        if (skip and cell.col in skip) or not any(
            _FLAG_HEADER.match(text) for text in _read(cell.text)
        ):
            continue
        # round 40 (t51a): MS Project in German writes ``Meilenstein`` over ``Ja`` /
        # ``Nein`` (French ``Jalon`` over ``Oui`` / ``Non``): the flag read in its language
        values = {r: _yes_no_word(grid.value(r, cell.col)) for r in rows}
        if not set(values.values()) <= _YES | _NO | {""}:
            continue
        keep = [r for r, v in values.items() if v in _YES]
        rest = [r for r, v in values.items() if v not in _YES]
        if keep and rest:
            return RowKinds(cell.col, "flag", keep, {"task": rest})
    return None


def _yes_no_word(value: object) -> str:
    """A flag's cell as a yes / no word, in English when it is another language's
    (``Ja`` -> ``yes``, ``Nee`` -> ``no``)."""
    text = cell_text(value).strip().casefold()
    if not text or text in _YES or text in _NO:
        return text
    english = translate(text, "values")
    return english.casefold() if english and english.casefold() in _YES | _NO else text


def duration_of(value: object) -> float | None:
    """A duration as a number of its own unit (``0 days`` -> 0, ``1.5 wks`` -> 1.5), None
    when the value is no duration."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    if not isinstance(value, str):
        return None
    match = _DURATION.match(value.strip())
    return float(match.group(1).replace(",", ".")) if match else None


def _day(value: object) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return None


def by_duration(block: TableBlock, grid: Grid, rows: list[int]) -> RowKinds | None:
    main = next((c for c in block.headers if is_milestone_word(c.text)), None)
    if main is not None:
        return None  # a text column headed "Milestone": every row is one
    for cell in block.headers:
        if not any(_DURATION_HEADER.match(t) for t in _read(cell.text)):
            continue
        lengths = {r: duration_of(grid.value(r, cell.col)) for r in rows}
        if any(v is None for v in lengths.values()):
            continue
        keep = [r for r, v in lengths.items() if v == 0]
        rest = [r for r, v in lengths.items() if v]
        if keep and rest:
            return RowKinds(cell.col, "duration", keep, {"task": rest})
    start = next((c.col for c in block.headers if any(map(_START.match, _read(c.text)))), None)
    finish = next((c.col for c in block.headers if any(map(_FINISH.match, _read(c.text)))), None)
    if start is None or finish is None:
        return None
    days = {r: (_day(grid.value(r, start)), _day(grid.value(r, finish))) for r in rows}
    if any(a is None or b is None for a, b in days.values()):
        return None
    # red team of round 18: a one-day task (09:00-17:00) is no milestone, whose start and
    # finish are one instant; dates without times cannot tell them apart
    spans = {r: _hours_apart(grid.value(r, start), grid.value(r, finish)) for r in rows}
    keep = [r for r, (a, b) in days.items() if a == b and not spans[r]]
    rest = [r for r in rows if r not in keep]
    if keep and rest:
        return RowKinds(None, "start = finish", keep, {"task": rest})
    return None


def _hours_apart(start: object, finish: object) -> bool:
    """Whether a start and a finish both written with a time of day are different
    instants (``02/03/2026 09:00`` to ``02/03/2026 17:00``: a day's work, not a milestone)."""
    if not (isinstance(start, datetime) and isinstance(finish, datetime)):
        return False
    if start.time() == time(0) or finish.time() == time(0):
        return False  # a date without its time of day
    return start != finish


def milestone_rows(
    block: TableBlock, grid: Grid, mapped: set[int] | None = None
) -> RowKinds | None:
    """What tells a plan's milestone rows from its other rows (see the module's docstring),
    or None when nothing does (every row is the register's). ``mapped``: columns mapped to
    a field, which are no flag."""
    rows = _rows(block, grid)
    if len(rows) < 2:
        return None
    return (
        by_type(block, grid, rows)
        or by_flag(block, grid, rows, mapped)
        or by_duration(block, grid, rows)
    )


def left_out_line(kinds: RowKinds) -> str:
    """``3 group row(s) (rows 2, 5, 8) and 4 task row(s) (rows 3, 6, 9, 10)``."""
    from addin.adopt.rows import row_ranges

    parts = [
        f"{len(rows)} {kind} row(s) ({f'row {rows[0]}' if len(rows) == 1 else row_ranges(rows)})"
        for kind, rows in kinds.others.items()
    ]
    return ", ".join(parts[:-1]) + (" and " if len(parts) > 1 else "") + parts[-1]


__all__ = [
    "RowKinds",
    "duration_of",
    "is_milestone_word",
    "left_out_line",
    "milestone_rows",
    "plan_of_milestones",
]


#: A milestone's date columns: one is needed beside the text for a plan to be a milestone plan.
_DATES = frozenset({"baseline_date", "forecast_date", "actual_date"})


def plan_of_milestones(
    block: TableBlock, grid: Grid, chosen: dict[int, Candidate]
) -> tuple[dict[int, Candidate], str] | None:
    """A table no word names whose rows a type column, a milestone flag or zero durations
    tell apart, with a milestone row among them, a text column and a date column read for
    certain: a milestone plan, its columns but the one telling the rows apart. None
    otherwise (a task list with no milestone row is no milestone plan)."""
    kinds = milestone_rows(block, grid) or every_row_of_no_duration(block, grid)
    if kinds is None:
        return None
    columns = {c: m for c, m in chosen.items() if c != kinds.column}
    if not {m.column_key for m in columns.values()} & _DATES:
        # a scheduling tool's finish (``End date``, ``Finish``) is its current date: in a
        # plan whose rows are told apart so, the milestone's forecast (a bare ``End Date``
        # names no milestone plan of its own: a task plan has one too)
        finish = next(
            (c.col for c in block.headers if any(map(_FINISH.match, _read(c.text)))), None
        )
        if finish is not None and finish not in columns:
            columns[finish] = Candidate("forecast_date", 0.85, "end date")
    certain = {m.column_key for m in columns.values() if m.confidence >= CERTAIN}
    dated = {m.column_key for m in columns.values()} & _DATES
    if "milestone" not in certain or not dated:
        return None
    header = next((c.text for c in block.headers if c.col == kinds.column), "Start / Finish")
    return columns, "a plan's milestone rows: " + kinds.reason(header)


#: Round 39 (t48a): the work a tool says is left on an activity (P6's ``Remaining
#: Duration``, MS Project's ``Remaining Duration``, ``Rem. Dur.``).
_REMAINING_HEADER = re.compile(
    r"^(?:remaining|rem\.?)\s+(?:duration|dur\.?)(?:\s*\((?:days?|d|hours?|h|wks?|weeks?)\))?$",
    re.I,
)


def every_row_of_no_duration(block: TableBlock, grid: Grid) -> RowKinds | None:
    """Round 39 (t48a): a scheduling tool's export filtered on its milestones (P6's
    ``Activity ID | Activity Name | Remaining Duration | Finish``, no word naming
    milestones): every row has no duration, so every row is a milestone. A ``Duration``
    (original, planned) of zero on every row says so; a REMAINING duration of zero is also
    a finished task's, so it says so only where a progress column (``Activity %
    Complete``) shows a row not finished, whose zero remaining work is no work at all.
    None otherwise (rows of some duration: :func:`by_duration` tells them apart)."""
    rows = _rows(block, grid)
    if len(rows) < 2 or any(is_milestone_word(c.text) for c in block.headers):
        return None
    for cell in block.headers:
        texts = _read(cell.text)
        planned = any(_DURATION_HEADER.match(t) for t in texts)
        if not planned and not any(_REMAINING_HEADER.match(t) for t in texts):
            continue
        if any(duration_of(grid.value(r, cell.col)) != 0 for r in rows):
            continue
        if planned or _some_row_unfinished(block, grid, rows):
            return RowKinds(cell.col, "duration", rows, {})
    return None


def _some_row_unfinished(block: TableBlock, grid: Grid, rows: list[int]) -> bool:
    """Whether a progress column (``% Complete``) shows a row short of complete."""
    for cell in block.headers:
        if not _PROGRESS_HEADER.match(cell.text.strip()):
            continue
        shares = []
        for r in rows:
            raw = grid.value(r, cell.col)
            n = duration_of(raw.rstrip("%").strip() if isinstance(raw, str) else raw)
            if n is None:
                return False
            shares.append(n)
        whole = 1.0 if max(shares, default=0.0) <= 1 else 100.0
        return any(n / whole < 1 for n in shares)
    return False


_PROGRESS_HEADER = re.compile(
    r"^(?:%\s*(?:complete|completed|done"
    # round 34 (v36l): Microsoft Project's ``% Complete`` in the languages it ships in
    r"|abgeschlossen|fertiggestellt|achevé|achevée|terminé|completado|completada|completato|"
    r"concluído|concluída|concluido|voltooid|gereed|slutfört|færdig|ferdig|valmis|ukończono|"
    r"dokončeno)|(?:percent|pct\.?)\s*(?:complete|completed|done)|"
    r"(?:physical|activity|task)\s*%\s*complete|progress(?:\s*%|\s*\(%\))?)$",
    re.I,
)


def status_by_progress(
    items: list[dict[str, object]],
    block: TableBlock,
    grid: Grid,
    mapping: dict[int, str],
    statuses: tuple[str, str, str],
) -> str | None:
    """A milestone plan with no status column but a tool's ``% Complete`` (MS Project,
    Smartsheet, TeamGantt's ``Percent complete``, P6's ``Activity % Complete``): each
    milestone's status by its progress, 100 % the complete status, 0 not started, between in
    progress (``statuses``: not started, in progress, complete). The note saying so, or
    None when there is no such column or a status column."""
    if "status" in mapping.values():
        return None
    col = next(
        (
            c.col
            for c in block.headers
            if c.col not in mapping and _PROGRESS_HEADER.match(c.text.strip())
        ),
        None,
    )
    if col is None:
        return None
    values = {}
    for item in items:
        raw = grid.value(int(str(item["source_row"])), col)
        number = duration_of(raw.rstrip("%").strip() if isinstance(raw, str) else raw)
        if number is None:
            return None
        values[id(item)] = number
    if not values:
        return None
    column = [
        n
        for r in range(block.first_data_row, block.last_data_row + 1)
        if (n := duration_of(grid.value(r, col))) is not None
    ]
    whole = 1.0 if max(column, default=0.0) <= 1 else 100.0  # Excel's 100 % is 1.0
    not_started, in_progress, complete = statuses
    for item in items:
        share = values[id(item)] / whole
        item["status"] = complete if share >= 1 else not_started if share <= 0 else in_progress
    header = next(c.text for c in block.headers if c.col == col)
    return (
        f"no status column: each milestone's status read from {header!r} (100% = {complete}, "
        f"0 = {not_started}, between = {in_progress})"
    )
