"""A register told by its fields when no word names it (round 17, issue 15).

Tools and PMOs hand over item lists on sheets named ``Cards``, ``Export``, ``Items``,
``Plan``, ``Tracker`` or ``Log``, under generic work-item fields (``Title``, ``Owner``,
``Priority``, ``Created At``, ``Deadline``; ``Planned date``, ``Actual date``), with no
word anywhere saying which register they are. A person still says what such a list is from
the FIELDS it has, and :func:`register_by_fields` reads it the same way, from the columns
the headers map to for certain (and the register's own status words, read by their values):

- **an issue log**: an item text (a title or description), a priority, severity or
  resolution (what an issue has and a task list, a risk or a milestone has not), a raised
  and a due date both filled on half the rows or more, raised on or before due on most of
  them (an issue log ages its issues; a task tracker's due dates alone name nothing, round
  13's rule), and an owner or a status;
- **a dependency log**: an item text, the other party (a team, project or organisation
  column: no people, two values at least, not a bare ``Project`` every portfolio register
  has) and the date it is needed by (or committed: by its own words, not a due date's
  sense), and an owner or a status;
- **a milestone plan**: a name for each row (the header's, or a column of different short
  texts, neither people, dates, numbers nor colours) and two dates of plan and actual sense
  (baseline, forecast, actual); a column whose every value names a gate (``Gate 0``,
  ``Gateway 2``, ``SG3``, ``DCP 1``) is the rows' gate.

Each is a *signature*; a table is told by it only when exactly one signature fits (so the
best fit wins with a margin) and nothing says it is something else:

- no column another register alone has (a probability or impact, a need-by date, who
  decided, a priority in a milestone plan);
- no task plan's fields (``Duration``, ``Start``, ``% Complete``, ``Predecessors``,
  ``Work``, ``Effort``, ``Hours``: a scheduling tool's tasks are not milestones, and not
  issues either; their milestone rows are read by the scheduling-tool path);
- no column of numbers the register has no field for (amounts, hours, quantities, scores:
  a timesheet, a purchase-order list, an asset register, a price list, a training log);
- no item text headed as another kind of item (``Task``, ``Activity``, ``Story``,
  ``Action``, ``Course``, ``Asset``, ``Order``...), and no tool type column naming other
  work items (a Jira export of stories);
- two rows at least.

A table told so is adopted at :data:`TOLD_CONFIDENCE` (below the 0.7 of a sure choice:
the report says ``CHECK``, the exit code is 1) with the reason :data:`FOUND_BY_FIELDS`;
a column only its values read (a status of the register's words, the milestone's name) is
at the content confidence and flagged; a column read by its values that the signature does
not need (a RAG colour beside actual dates) is listed, not guessed. Where no signature fits
clearly, :func:`closest_register` says which fields the table has and which register came
closest, so the user can name its register in the mapping file.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime

from addin import layout
from addin.adopt import parties
from addin.adopt.convert import parse_date, parse_number
from addin.adopt.evidence import CONTENT, person_share, running_number
from addin.adopt.grid import cell_text, is_blank
from addin.adopt.match import CERTAIN, Candidate, normalise_header
from addin.adopt.register_names import TASK_TOOL_NOUNS
from addin.adopt.synonyms import MEASURES
from addin.host import CellValue

#: The reason's words, shown for every table told so.
FOUND_BY_FIELDS = "register told by its fields: no word names it"
#: The confidence of a register told by its fields: below a sure choice, so it is checked.
TOLD_CONFIDENCE = 0.6
#: Rows a list needs before its fields tell its register.
FEWEST_ROWS = 2

#: What an issue has that a task list, a risk register or a milestone plan has not.
ISSUE_TELLING = frozenset({"priority", "severity", "resolution"})
#: An issue's tracking fields: a raised and a due date on most rows, and an owner or a status.
ISSUE_TRACKING = frozenset({"owner", "status", "raised_date", "due_date", "closed_date"})
#: Round 22: an issue's life, each read for certain, telling an issue log without a
#: priority (a to-do list kept as the issue log): raised, due and closed, and its owner.
ISSUE_LIFE = frozenset({"owner", "raised_date", "due_date", "closed_date"})
#: Headers every register of a portfolio workbook may have (``classify.PORTFOLIO_HEADERS``).
PORTFOLIO_HEADERS = frozenset({"project", "programme", "program"})
#: A dependency's own fields: the other party and when it is needed or committed.
DEPENDENCY_FIELDS = frozenset({"counterparty_project_id", "need_by", "committed_date"})
#: A milestone's dates of plan and actual sense: two of them.
MILESTONE_DATES = frozenset({"baseline_date", "forecast_date", "actual_date"})

#: Columns only one register has, read for certain: the table is then not another
#: register (a probability is no issue's field, a priority no milestone's).
OWN_FIELDS: dict[str, frozenset[str]] = {
    "risks": frozenset(
        {"probability", "impact", "response", "response_type", "proximity", "score", "rating"}
    ),
    "issues": frozenset({"priority", "severity", "resolution"}),
    "assumptions": frozenset({"validate_by", "confidence", "impact_if_false"}),
    "dependencies": frozenset(
        {"need_by", "committed_date", "counterparty_project_id", "counterparty_owner", "direction"}
    ),
    "decisions": frozenset({"made_by", "rationale"}),
    "milestones": frozenset({"baseline_date", "forecast_date", "actual_date", "gate"}),
    "finance": frozenset({*MEASURES, "capex_opex"}),
}

#: Header words of a schedule (round 26's last hour): the fields that make a list of tasks
#: a plan of work (its durations, links, effort and breakdown), which no register keeps.
SCHEDULE_WORDS = frozenset(
    {
        *("duration", "predecessor", "predecessors", "successor", "successors"),
        *("work", "effort", "hours", "wbs", "float", "slack"),
    }
)
#: Header words of a task plan (a scheduling tool's fields): its rows are tasks.
TASK_WORDS = SCHEDULE_WORDS | {"start", "progress"}
#: A share of a task done: ``% Complete``, ``Percent complete``, ``% Done``.
#: Round 27 (s27a): MS Project's localised ``% Complete`` too (``% achevé``, ``%
#: abgeschlossen``, ``% completado``, ``% concluída``, ``% completamento``, ``% voltooid``).
_DONE_WORDS = (
    r"complete|done|achev[ée]e?|abgeschlossen|fertig|completad[oa]|conclu[íi]d[oa]"
    r"|completamento|completat[oa]|voltooid|gereed"
)
_SHARE_DONE = re.compile(rf"(?:%|\bpercent|\bpct)\s*(?:{_DONE_WORDS})|(?:{_DONE_WORDS})\s*%", re.I)
#: Words of an item text's header naming items of another kind than a register's.
OTHER_ITEMS = frozenset(
    {
        *("task", "tasks", "activity", "activities", "story", "stories", "epic", "feature"),
        *("subtask", "action", "actions", "course", "training", "asset", "order", "invoice"),
        *("product", "requirement", "test", "contact", "employee", "holiday", "term"),
    }
)

#: A value naming a gate: ``Gate 0``, ``Gateway 2``, ``SG3``, ``Stage Gate 4``, ``DCP 1``,
#: ``Toll Gate 3``, ``Decision Point 2``, ``G0 Idea``; round 18: the energy industry's
#: decision gates ``DG0`` .. ``DG5`` (``DG2 - Concept selected``).
_GATE = re.compile(
    r"^(?:(?:stage|toll|quality|phase|investment|decision)[ -]?)?"
    r"(?:gate(?:way)?|sg|tg|dg|dcp|dp|decision point|g)\s*[-#.]?\s*\d{1,2}[a-z]?\b",
    re.I,
)
#: A RAG colour (``Green``, ``Amber/Red``, ``A``): a rating, no status word.
_RAG = re.compile(
    r"^(?:green|amber|red|yellow|g|a|r)(?:\s*[/-]\s*(?:green|amber|red|yellow))?$", re.I
)
#: A code: a few letters and a number (``Gate 0``, ``R-12``, ``CR03``).
_CODE = re.compile(r"^[^\W\d_]{1,8}[-_ ./#]?\d{1,6}[a-z]?$", re.I)


@dataclass
class FieldFit:
    """A register told by the table's fields: its key, its columns and the reason."""

    register: str
    columns: dict[int, Candidate]
    reason: str


def _as_date(value: CellValue) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    parsed = parse_date(value.strip()) if isinstance(value, str) else None
    return parsed if isinstance(parsed, date) else None


def read_fields(chosen: Mapping[int, Candidate]) -> dict[int, Candidate]:
    """The columns a register reads for certain: by their header words, or a status by the
    register's own status words (not a colour: that is a rating)."""
    return {
        col: cand
        for col, cand in chosen.items()
        if cand.confidence >= CERTAIN
        or (cand.column_key == "status" and cand.synonym == "(values are statuses)")
    }


def _words(header: str) -> set[str]:
    readings = normalise_header(header) or (header.lower(),)
    return {w for reading in readings for w in re.findall(r"[a-z%]+", reading)}


def portfolio_items(header: str) -> bool:
    """Whether a header names the rows as projects or programmes (``Project``, ``Project
    name``, ``Programme``): a portfolio's list, whose rows are no register's items."""
    words = _words(header) - {"name", "title"}
    return bool(words) and words <= PORTFOLIO_HEADERS | {"projects", "programmes", "portfolio"}


def schedule_field(headers: Mapping[int, str]) -> str | None:
    """The header of a schedule's field (``Duration``, ``Predecessors``, ``% Complete``), or
    None: a task tool's list with none of them (Planner's ``Progress``, ``Priority``, ``Due
    Date``) is a list of things to do, which the person who saved it may have kept as a
    register (round 26's last hour, ``register_names.file_words``)."""
    for text in headers.values():
        if _words(text) & SCHEDULE_WORDS or _SHARE_DONE.search(text):
            return text
    return None


def task_export(headers: Mapping[int, str]) -> bool:
    """Whether a table is a task tool's export that is no schedule (round 26's last hour):
    its first headers name each row a task (``Task ID``, ``Task Name``: the tool's own
    fields, as its ``Tasks`` sheet is the tool's own name) and no field is a schedule's
    (:func:`schedule_field`). A list a person headed ``Subject``, ``Assignee`` on a sheet
    they named ``Tasks`` is theirs, and its sheet's name speaks for it."""
    first = [headers[c] for c in sorted(headers)[:3]]
    return any(_names_task(t) for t in first) and schedule_field(headers) is None


def _names_task(header: str) -> bool:
    """Whether a header names each row a task in a task tool's words (round 27, s27a): the
    English ``Task ID``, or the tool's localised field (``Nom de la tâche``, ``ID de tarea``,
    ``Nome attività``, and the German and Dutch compounds ``Aufgabenname``, ``Taaknaam``,
    ``Aufgaben-ID``, read by their start)."""
    return any(w.startswith(TASK_TOOL_NOUNS) for w in _words(header))


def _task_plan(headers: Mapping[int, str]) -> str | None:
    """The header of a task plan's field (``Duration``, ``% Complete``), or None."""
    for text in headers.values():
        words = _words(text)
        if words & TASK_WORDS or _SHARE_DONE.search(text):
            return text
    return None


def another_kind(headers: Mapping[int, str]) -> str | None:
    """The header saying the rows are tasks or items of another kind (``Duration``, ``%
    Complete`` anywhere; ``Course Title``, ``Asset Tag`` among the first three headers), or
    None: such a list is no register whatever its values (round 16's path by values asks it
    too)."""
    task = _task_plan(headers)
    if task is not None:
        return task
    # the item's name stands at the left (a `Sort Order` further right names no items)
    first = [headers[c] for c in sorted(headers)[:3]]
    return next((t for t in first if item_kind_words(t)), None)


#: Round 35 (t38a): the parties a register's contact column names a person of
#: (``Client contact``, ``Supplier contact``, ``Point of contact``): a person, no item.
#: Round 35's third wave: any party of :mod:`addin.adopt.parties` (``Purchaser contact``,
#: ``Sub-contractor's contact``) by :func:`parties.header_words`; these other qualifiers too.
_PARTY_CONTACT = re.compile(
    r"\b(?:owner|council|authority|agency|external|internal|key|main|point\s+of|"
    r"responsible|escalation)\s+contact\b",
    re.IGNORECASE,
)


def _party_contact(header: str) -> bool:
    if _PARTY_CONTACT.search(header):
        return True
    words = parties.header_words(header)
    return any(
        w == "contact"
        and i > 0
        and (
            words[i - 1] in parties.PARTIES
            or (words[i - 1] == "s" and i > 1 and words[i - 2] in parties.PARTIES)
        )
        for i, w in enumerate(words)
    )


def item_kind_words(header: str) -> set[str]:
    """The words of ``header`` naming its rows as another kind of item (:data:`OTHER_ITEMS`),
    but ``contact`` after a party (``Client contact``, ``Point of contact``): the person at
    that party a register's item is followed up with, a person column (round 35, t38a; a
    contact list's ``Contact`` or ``Contact name`` still names its rows)."""
    words = _words(header) & OTHER_ITEMS
    if "contact" in words and _party_contact(header):
        words.discard("contact")
    return words


def _numbers(values: list[CellValue]) -> bool:
    present = [v for v in values if not is_blank(v)]
    numbers = [v for v in present if not isinstance(v, date | bool) and parse_number(v) is not None]
    return len(present) >= FEWEST_ROWS and 2 * len(numbers) >= len(present)


def _all_match(pattern: re.Pattern[str], values: list[CellValue]) -> bool:
    present = [cell_text(v).strip() for v in values if not is_blank(v)]
    return len(present) >= FEWEST_ROWS and all(pattern.match(v) for v in present)


def _name_column(
    cols: list[int],
    values_of: Mapping[int, list[CellValue]],
    taken: set[int],
) -> int | None:
    """The leftmost column of different short texts naming each row: no people, dates,
    numbers, codes or colours (a milestone's name: ``Beta launch``, ``Investment
    decision``)."""
    for col in cols:
        if col in taken:
            continue
        present = [v for v in values_of[col] if not is_blank(v)]
        if len(present) < FEWEST_ROWS or len(present) < 0.8 * len(values_of[col]):
            continue
        if not all(isinstance(v, str) for v in present):
            continue
        texts = [str(v).strip() for v in present]
        if len(set(t.casefold() for t in texts)) < len(texts):
            continue
        if person_share(list(present)) >= 0.5 or any(_as_date(t) for t in texts):
            continue
        if all(_CODE.match(t) or _RAG.match(t) for t in texts):
            continue
        return col
    return None


def _conflicts(
    key: str, read: Mapping[str, Mapping[int, Candidate]], mine: Mapping[int, Candidate]
) -> list[tuple[int, str]]:
    """Columns another register reads for certain as a field only it has, which ``key``
    does not read: the table is that register's, or a mix, not ``key``'s."""
    out: list[tuple[int, str]] = []
    for other, chosen in read.items():
        if other == key:
            continue
        for col, cand in chosen.items():
            if col in mine or cand.column_key not in OWN_FIELDS.get(other, frozenset()):
                continue
            if cand.confidence >= CERTAIN and (col, cand.column_key) not in out:
                out.append((col, cand.column_key))
    return out


def _blocked(
    key: str,
    headers: Mapping[int, str],
    values_of: Mapping[int, list[CellValue]],
    read: Mapping[str, Mapping[int, Candidate]],
    mine: Mapping[int, Candidate],
    name_col: int | None,
    type_words: list[str],
) -> str | None:
    """Why the table is not ``key``'s list whatever its fields, or None."""
    if len(next(iter(values_of.values()), [])) < FEWEST_ROWS:
        return "fewer than two rows"
    task = _task_plan(headers)
    if task is not None:
        return f"a task plan's field ({task!r}): its rows are tasks"
    if type_words:
        return f"a type column says its rows are {', '.join(type_words[:3])}"
    if name_col is not None and item_kind_words(headers.get(name_col, "")):
        return f"its items are headed {headers[name_col]!r}, another kind of item"
    if name_col is not None and portfolio_items(headers.get(name_col, "")):
        # red team of round 18: a portfolio's list of projects and their finish dates
        return f"its rows are headed {headers[name_col]!r}: projects, not a register's items"
    conflicts = _conflicts(key, read, mine)
    if conflicts:
        col, field = conflicts[0]
        return f"{headers.get(col, '')!r} is another register's field ({field})"
    if key == "milestones":
        raised = _raised_column(read, mine)
        if raised is not None:
            # round 22: a plan's milestones are planned, never raised; a date each row was
            # raised or added on is a log's (an issue's, a risk's, an assumption's)
            return f"{headers.get(raised, '')!r} is when each row was raised: a log's, not a plan's"
    for col, values in values_of.items():
        # round 24's last hour: a running number 1..N under ``No.`` or ``#`` counts rows
        if (
            col not in mine
            and _numbers(values)
            and not running_number(headers.get(col, ""), values)
        ):
            return f"{headers.get(col, '')!r} holds numbers the register has no field for"
    return None


def _issue_fit(
    read: Mapping[int, Candidate],
    values_of: Mapping[int, list[CellValue]],
    headers: Mapping[int, str] | None = None,
) -> tuple[bool, str]:
    """Whether the issue signature fits, and what is missing."""
    keys = {c.column_key for c in read.values()}
    if not keys & {"title", "description"}:
        return False, "no title or description"
    if not keys & ISSUE_TELLING:
        return False, "no priority, severity or resolution"
    if not keys & {"owner", "status"}:
        return False, "no owner or status"
    # an issue log records when each issue was raised and when it is due, on most rows; a
    # task tracker's due dates alone (round 13's generic tracker fields) name nothing
    if not {"raised_date", "due_date"} <= {c.column_key for c in read.values()}:
        # round 35: a service desk's or a vendor's ticket export records when each ticket
        # was opened and when it was resolved, no due date (``Opened | ... | Resolved on``)
        if opened_and_resolved(read, values_of) and not names_other_records(
            headers or {}, values_of
        ):
            return True, ""
        return False, "no raised date and due date"
    if not _dated_pairs_ok(read, values_of):
        return False, "raised and due dates on fewer than half the rows, or raised after due"
    return True, ""


#: Round 35's red team: the records a log opened and closed keeps that are no issues (a
#: purchase order raised and closed, a requisition, an invoice, a work order, a task): a
#: header's word or the references' prefix (``PO-1``, ``WO-7``, ``TASK-3``).
_OTHER_RECORDS = re.compile(
    r"\b(?:po|pos|purchase|order|orders|requisition|requisitions|req|invoice|invoices|inv|"
    r"wo|job|jobs|task|tasks|timesheet|booking|bookings|shipment|shipments|delivery|"
    r"deliveries|grn|receipt|receipts)\b",
    re.IGNORECASE,
)
_OTHER_REFERENCE = re.compile(r"^\s*(?:po|pr|req|inv|wo|so|grn|task|job)[-_ /#]?\d", re.IGNORECASE)


def names_other_records(
    headers: Mapping[int, str], values_of: Mapping[int, list[CellValue]]
) -> bool:
    """Round 35's red team: a table opened and closed whose header names other records
    than issues (``PO | Raised | .. | Closed``, a purchase order log) or whose references
    on most rows do (``PO-1``, ``WO-7``, ``TASK-3``): no ticket export, no issue log."""
    if any(_OTHER_RECORDS.search(h) for h in headers.values()):
        return True
    for values in values_of.values():
        texts = [cell_text(v) for v in values if not is_blank(v)]
        hits = sum(1 for t in texts if _OTHER_REFERENCE.match(t))
        if texts and 2 * hits > len(texts):
            return True
    return False


def opened_and_resolved(
    read: Mapping[int, Candidate], values_of: Mapping[int, list[CellValue]]
) -> bool:
    """Round 35: the life of a ticket export's items in place of a raised and a due date:
    a raised (opened) date on every row but at most one, a closed (resolved) date read for
    certain on one row at least and never before the row's raised date, and a row still
    open (no closed date) or closed on a later day: a log of items opened and resolved, as
    a vendor's service desk or a supplier's defect list keeps it. A closed date on no row
    (a column never filled) or dates out of order (a plan's start and finish read so) tell
    nothing."""
    col_of = {c.column_key: col for col, c in read.items() if c.confidence >= CERTAIN}
    if not {"raised_date", "closed_date"} <= set(col_of):
        return False
    raised = [_as_date(v) for v in values_of[col_of["raised_date"]]]
    closed = [_as_date(v) for v in values_of[col_of["closed_date"]]]
    if len(raised) < FEWEST_ROWS or sum(1 for d in raised if d is None) > 1:
        return False
    both = [(a, b) for a, b in zip(raised, closed, strict=True) if a is not None and b is not None]
    return bool(both) and all(a <= b for a, b in both)


def _raised_column(
    read: Mapping[str, Mapping[int, Candidate]], mine: Mapping[int, Candidate]
) -> int | None:
    """A column another register reads for certain as the date each row was raised
    (``Added``, ``Logged``, ``Date raised``) that ``mine`` does not read, or None."""
    for chosen in read.values():
        for col, cand in chosen.items():
            if col not in mine and cand.column_key == "raised_date" and cand.confidence >= CERTAIN:
                return col
    return None


def _distinct_texts(values: list[CellValue]) -> bool:
    """Texts filled on most rows, a different one on every row: each row's own name."""
    present = [cell_text(v).strip().casefold() for v in values if not is_blank(v)]
    return (
        len(present) >= FEWEST_ROWS
        and len(present) >= 0.8 * len(values)
        and len(set(present)) == len(present)
    )


def _issue_life(
    read: Mapping[int, Candidate],
    values_of: Mapping[int, list[CellValue]],
    cols: list[int],
) -> dict[int, Candidate] | None:
    """Round 22: an issue log told by the life of its items when nothing names it and it
    has no priority, severity or resolution (a to-do list kept as the issue log): a raised
    (added) date, a due date and a closed (completed) date, each read for certain by its
    header; raised on or before due on most rows (:func:`_issue_fit`'s test), closed on or
    after raised on every row that has both and on one row at least; an owner; and a text
    naming each row (the title read by its header, else the leftmost column of different
    short texts). The columns, the item text placed; None when the life is not there (due
    dates alone, round 13's rule, still name nothing)."""
    col_of = {c.column_key: col for col, c in read.items()}
    if not {"raised_date", "due_date", "closed_date", "owner"} <= set(col_of):
        return None
    if not _dated_pairs_ok(read, values_of):
        return None
    raised = [_as_date(v) for v in values_of[col_of["raised_date"]]]
    closed = [_as_date(v) for v in values_of[col_of["closed_date"]]]
    both = [(a, b) for a, b in zip(raised, closed, strict=True) if a is not None and b is not None]
    if not both or any(b < a for a, b in both):
        return None
    columns = dict(read)
    title = next((c for c, m in read.items() if m.column_key == "title"), None)
    if title is not None and not _distinct_texts(values_of[title]):
        columns.pop(title)  # a notes column promoted to title repeats: no item's name
        title = None
    if title is None:
        name = _name_column(cols, values_of, set(columns))
        if name is None:
            return None
        columns[name] = Candidate("title", CONTENT, "(values name each row)")
    return columns


def _dated_pairs_ok(
    read: Mapping[int, Candidate], values_of: Mapping[int, list[CellValue]]
) -> bool:
    """The raised and due dates of :func:`_issue_fit` read as an issue's (both on half
    the rows or more, raised on or before due on most), whatever the item text."""
    col_of = {c.column_key: col for col, c in read.items()}
    pairs = [
        (_as_date(a), _as_date(b))
        for a, b in zip(
            values_of[col_of["raised_date"]], values_of[col_of["due_date"]], strict=True
        )
    ]
    both = [(a, b) for a, b in pairs if a is not None and b is not None]
    if 2 * len(both) < len(pairs):
        return False
    return sum(1 for a, b in both if a <= b) >= 0.8 * len(both)


def _dependency_fit(
    read: Mapping[int, Candidate], values_of: Mapping[int, list[CellValue]]
) -> bool:
    """An item text, a need-by or committed date, a counterparty column of no people (a
    team, a project, an organisation), and an owner or a status."""
    keys = {c.column_key for c in read.values()}
    # a need-by date by its own words (`Needed By`), not a due date's sense
    needed = any(
        m.column_key in ("need_by", "committed_date") and m.confidence >= 0.9 for m in read.values()
    )
    # round 35's third wave: or both dates by sense, in two columns ("Needed on site" beside
    # "Supplier promise", "Required at site" beside "Vendor ETA"): one date by sense may be
    # any log's due date, but when it is needed AND when the other side promised it is the
    # pair only a dependency log keeps, whatever words each is written in
    both_dates = {"need_by", "committed_date"} <= keys
    needed = needed or both_dates
    party = [c for c, m in read.items() if m.column_key == "counterparty_project_id"]
    # round 35's third wave: the other side named as a person would be (a firm's name of two
    # words, "Atlas Copco", reads as a person's), beside both dates: the party is named
    # either way, and the pair of dates says what the log is
    named = both_dates and "counterparty_owner" in keys
    if not party and (needed_and_promised(read) or named):
        # round 35 (t38a): a schedule of what another party must supply (a contractor's
        # client-supplied items, owner-furnished equipment, information required), no
        # counterparty column since the sheet is about one party, still keeps when each item
        # is needed AND when the party promised it: only a dependency log keeps both dates
        return bool(keys & {"title", "deliverable"}) and bool(keys & {"owner", "status"})
    if not party or len(party) > 1 or read[party[0]].synonym.lower() in PORTFOLIO_HEADERS:
        return False  # a bare `Project` column is any portfolio register's (round 14)
    values = [cell_text(v).strip().casefold() for v in values_of[party[0]] if not is_blank(v)]
    return (
        bool(keys & {"title", "deliverable"})
        and needed
        and bool(keys & {"owner", "status"})
        and len(set(values)) >= 2  # one project on every row is the one filtered on
        and person_share(values_of[party[0]]) < 0.5
    )


def needed_and_promised(read: Mapping[int, Candidate]) -> bool:
    """Whether a table reads both a need-by date by its own words (``Needed by``,
    ``Required by``) and, for certain, a committed date (``Promised``, ``Committed``,
    ``Agreed date``) in two columns: the pair a dependency log keeps of each item (round 35,
    t38a)."""
    keys = {m.column_key for m in read.values() if m.confidence >= CERTAIN}
    need_by = any(m.column_key == "need_by" and m.confidence >= 0.9 for m in read.values())
    return need_by and "committed_date" in keys


def _gate_column(
    cols: list[int], values_of: Mapping[int, list[CellValue]], taken: set[int]
) -> int | None:
    for col in cols:
        if col not in taken and _all_match(_GATE, values_of[col]):
            return col
    return None


def _gate_names_rows(
    read: Mapping[int, Candidate], values_of: Mapping[int, list[CellValue]]
) -> int | None:
    """The column its header reads as the gate whose every row is a different text that is
    no yes / no (a gate plan names each gate): the adoption reads it as the milestone's
    name, each row a gate (``tables.gates_named``)."""
    col = next((c for c, m in read.items() if m.column_key == "gate"), None)
    if col is None:
        return None
    texts = [cell_text(v).strip().casefold() for v in values_of[col] if not is_blank(v)]
    if len(texts) < FEWEST_ROWS or len(texts) < len(values_of[col]) or len(set(texts)) < len(texts):
        return None
    if any(t in _FLAGS for t in texts):
        return None
    return col


#: Yes / no answers of a flag column: a gate flag, no gate's name.
_FLAGS = frozenset({"y", "n", "yes", "no", "true", "false", "x", "1", "0", "✓", "✔"})


def register_by_fields(
    headers: Mapping[int, str],
    values_of: Mapping[int, list[CellValue]],
    mappings: Mapping[str, Mapping[int, Candidate]],
    type_words: list[str],
) -> FieldFit | None:
    """The register the table's fields tell (the module docstring says how), or None.
    ``headers`` and ``values_of`` are the table's columns; ``mappings`` each register's
    columns as ``classify`` read them; ``type_words`` the values of a tool's type column
    naming no register (``Story``, ``Task``), if any."""
    read = {key: read_fields(chosen) for key, chosen in mappings.items()}
    cols = sorted(headers)
    fits: list[FieldFit] = []
    # issues: an item text, a priority/severity/resolution, two tracking fields
    issues = read.get("issues", {})
    ok, _ = _issue_fit(issues, values_of, headers)
    if ok:
        title = next(
            (c for c, m in issues.items() if m.column_key in ("title", "description")), None
        )
        if _blocked("issues", headers, values_of, read, issues, title, type_words) is None:
            fits.append(
                FieldFit(
                    "issues",
                    dict(issues),
                    f"{FOUND_BY_FIELDS} (an item text; "
                    f"{_named('issues', issues, ISSUE_TELLING)}; "
                    f"{_named('issues', issues, ISSUE_TRACKING)}: an issue log)",
                )
            )
    else:
        # round 22: no priority, but each item's life from raised to due to closed
        lived = _issue_life(issues, values_of, cols)
        title = next((c for c, m in (lived or {}).items() if m.column_key == "title"), None)
        if (
            lived is not None
            and _blocked("issues", headers, values_of, read, lived, title, type_words) is None
        ):
            fits.append(
                FieldFit(
                    "issues",
                    lived,
                    f"{FOUND_BY_FIELDS} (an item text; {_named('issues', lived, ISSUE_LIFE)}: "
                    "each item raised, due and closed, an issue log's life)",
                )
            )
    # dependencies: an item text, the other party (no people) and when it is needed
    deps = read.get("dependencies", {})
    if _dependency_fit(deps, values_of):
        title = next((c for c, m in deps.items() if m.column_key in ("title", "deliverable")), None)
        if _blocked("dependencies", headers, values_of, read, deps, title, type_words) is None:
            fits.append(
                FieldFit(
                    "dependencies",
                    dict(deps),
                    f"{FOUND_BY_FIELDS} (an item text; "
                    f"{_named('dependencies', deps, DEPENDENCY_FIELDS)}: a dependency log)",
                )
            )
    # milestones: a name for each row and two dates of plan and actual sense
    miles = {
        c: m
        for c, m in read.get("milestones", {}).items()
        # a colour is the rating of a review, no status word (listed, not guessed)
        if m.confidence >= CERTAIN or not _all_match(_RAG, values_of[c])
    }
    dates = {m.column_key for m in miles.values()} & MILESTONE_DATES
    if len(dates) >= 2:
        taken = set(miles)
        name = next((c for c, m in miles.items() if m.column_key == "milestone"), None)
        gate = None
        if "gate" not in {m.column_key for m in miles.values()}:
            gate = _gate_column(cols, values_of, {c for c in taken if c != name})
        columns = dict(miles)
        if name is None or name == gate:
            name = _name_column(cols, values_of, taken | ({gate} if gate else set()))
            if name is not None:
                columns.pop(name, None)
                columns[name] = Candidate("milestone", CONTENT, "(values name each row)")
        if name is None:
            # round 18: a gate plan's `Gate` column naming every row differently (`DG0 -
            # Business opportunity identified`) is the rows' name: each row is a gate
            name = _gate_names_rows(miles, values_of)
        if name is not None and gate is not None:
            columns[gate] = Candidate("gate", CONTENT, "(values name gates)")
        if (
            name is not None
            and _blocked("milestones", headers, values_of, read, columns, name, type_words) is None
        ):
            fits.append(
                FieldFit(
                    "milestones",
                    columns,
                    f"{FOUND_BY_FIELDS} (a name for each row; "
                    f"{_named('milestones', miles, MILESTONE_DATES)}: a milestone plan)",
                )
            )
    return fits[0] if len(fits) == 1 else None


def _named(key: str, read: Mapping[int, Candidate], keys: frozenset[str]) -> str:
    register = layout.REGISTERS_BY_KEY[key]
    names = [
        register.column(c.column_key).name.lower()
        for _, c in sorted(read.items())
        if c.column_key in keys
    ]
    if len(names) <= 1:
        return "".join(names)
    return f"{', '.join(names[:-1])} and {names[-1]}"


def closest_register(
    headers: Mapping[int, str],
    mappings: Mapping[str, Mapping[int, Candidate]],
) -> str:
    """For a list no word and no signature names: the fields it was read to have and the
    register(s) they came closest to, with the fix (name it in the mapping file); ``""``
    for a table with fewer than three fields read (nothing like a register's list).

    Each register scores the confidences of the columns it reads for certain, plus 1 for
    each of its own fields in a column no other register reads (a ``Priority``; a ``Due``
    that is a due date, a need-by and a validate-by alike tells nothing), less 1.5 for each
    column only another register has. Registers that tie are all named."""
    best = closest_registers(mappings)
    if not best:
        return ""
    read = {k: read_fields(v) for k, v in mappings.items() if k != "finance"}
    register = layout.REGISTERS_BY_KEY[best[0]]
    fields = ", ".join(
        f"{_letter(col)} {register.column(c.column_key).name.lower()}"
        for col, c in sorted(read[best[0]].items())
    )
    items = [layout.REGISTERS_BY_KEY[k].item for k in best]
    named = " or ".join(f"{'an' if i[0] in 'aeiou' else 'a'} {i}" for i in items)
    keys = " or ".join(f'"{k}"' for k in best)
    return (
        f"its fields read as {fields}: as close to {named} register as to any, but not "
        f"clearly one (no field only that register has); if it is one, name its register in "
        f'the mapping file ("register": {keys}) and adopt again with --mapping'
        if len(best) > 1
        else f"its fields read as {fields}: closest to {named} register, but not clearly "
        f"one; if it is, name its register in the mapping file "
        f'("register": {keys}) and adopt again with --mapping'
    )


def closest_registers(mappings: Mapping[str, Mapping[int, Candidate]]) -> list[str]:
    """The registers a list no word names comes closest to by its fields, tied ones all
    (scored as :func:`closest_register` says); [] for a table with fewer than three fields
    read (nothing like a register's list)."""
    read = {k: read_fields(v) for k, v in mappings.items() if k != "finance"}
    scores: dict[str, float] = {}
    for key, mine in read.items():
        if not any(c.column_key in _MAIN for c in mine.values()):
            continue
        own = OWN_FIELDS.get(key, frozenset())
        score = sum(c.confidence for c in mine.values())
        score += sum(
            1.0
            for col, c in mine.items()
            if c.column_key in own and not any(col in read[o] for o in read if o != key)
        )
        scores[key] = score - 1.5 * len(_conflicts(key, read, mine))
    if not scores:
        return []
    top = max(scores.values())
    best = [k for k, v in scores.items() if v >= top - 0.05]
    if top <= 0 or len(read[best[0]]) < 3:
        return []
    return best


#: Registers' text columns: a list without one is nothing like a register.
_MAIN = ("title", "description", "milestone", "decision", "assumption", "deliverable")


def _letter(col: int) -> str:
    from addin.cells import column_letter

    return column_letter(col)
