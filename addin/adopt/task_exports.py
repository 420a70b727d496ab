"""The general shape of a task or work-management tool's export, and where it names its
register (round 28).

Every task tool (Hive, nTask, ProofHub, Favro, Freedcamp, Pivotal Tracker, Nifty, ZenHub,
Quire, Kantree, Zenkit, GoodDay, Taskworld, Avaza, Wekan and the many more no list will
hold) exports one row per task, card or item with the same kinds of field, each under the
tool's own name: a title; the list, section, bucket, board, lane, stage or pipeline it sits
in; an assignee; created, due and completed dates; a status; tags or labels; a priority.
Round 27 knew one such tool by its own field names (``exports.TASK_TOOLS``: MeisterTask);
a tool nobody listed is known here by the shape itself (:func:`task_shape`): a title and an
assignee field, and three more of the kinds above, one of them the tool's bookkeeping (its
lists, its tags, when each record was created or completed).

The tool calls every record a task, so the export itself names no register; a PM who keeps
risks or issues in it says so somewhere else - the sheet's name, a title, the file's name
(``register_names.file_words``), or the records' own lists and tags: a ProofHub task list
``Site issues``, a Favro card tagged ``Issue`` on every row. :func:`register_in_lists` reads
the last: a list or tag column whose every filled value names one and the same register
(a board of lists ``Risks`` and ``Issues`` is a mixed RAID table, read by its type column
before this is asked).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from addin.adopt.detect import TableBlock
from addin.adopt.grid import Grid
from addin.adopt.match import CERTAIN, MINIMUM, Candidate, normalise_header
from addin.host import CellValue

#: A task tool's export field kinds, each with the names tools write for it (as
#: ``match.normalise_header`` reads them). A field of two kinds (``Stage``: the board's
#: column and the status) counts once, for the first kind it is found in.
TASK_FIELD_KINDS: dict[str, frozenset[str]] = {
    "title": frozenset(
        {
            *("title", "name", "task", "task name", "task title", "card", "card name"),
            *("card title", "item", "item name", "action title", "headline", "subject"),
        }
    ),
    "assignee": frozenset(
        {
            *("assignee", "assignees", "assigned to", "assigned", "responsible"),
            *("owned by", "members", "users", "assigned user", "assigned users"),
        }
    ),
    "container": frozenset(
        {
            *("list", "task list", "tasklist", "section", "bucket", "board", "lane"),
            *("swimlane", "group", "task group", "column", "pipeline", "project section"),
            # round 32: the folder a record sits in (Wrike's ``Folders``, ClickUp's ``Folder
            # Name``) and a container's name written out (``List Name``, ``Bucket Name``,
            # Asana's ``Section/Column``)
            *("folder", "folders", "folder name", "parent folder", "list name"),
            *("bucket name", "board name", "section column", "section name"),
        }
    ),
    "status": frozenset(
        {"status", "state", "current state", "stage", "workflow state", "workflow status"}
    ),
    "due": frozenset(
        {*("due", "due date", "due at", "due on", "deadline", "planned end date", "end date")}
    ),
    "created": frozenset(
        {*("created", "created at", "created on", "created date", "date created")}
    ),
    "completed": frozenset(
        {
            *("completed", "completed at", "completed on", "completed date", "date completed"),
            *("closed at", "accepted at", "done at", "actual end date", "closed"),
        }
    ),
    "tags": frozenset({"tags", "tag", "labels", "label"}),
    "priority": frozenset({"priority", "importance"}),
}

#: The kinds that are the tool's bookkeeping of its records, not a register's own columns:
#: one of them at least makes a list a tool's export rather than a hand-built log.
BOOKKEEPING = frozenset({"container", "tags", "created", "completed"})
#: How many kinds beside the title and the assignee a tool's export has at least.
OTHER_KINDS_NEEDED = 3


def _kind(header: str) -> str | None:
    readings = normalise_header(header) or (header.strip().casefold(),)
    for kind, names in TASK_FIELD_KINDS.items():
        if any(r in names for r in readings):
            return kind
    return None


def field_kinds(headers: Mapping[int, str]) -> dict[int, str]:
    """Each column's task-export field kind, where its header is one (the first column of a
    kind only)."""
    out: dict[int, str] = {}
    for col in sorted(headers):
        kind = _kind(headers[col])
        if kind is not None and kind not in out.values():
            out[col] = kind
    return out


def task_shape(headers: Mapping[int, str]) -> bool:
    """Whether a table's headers have a task tool export's shape (:data:`TASK_FIELD_KINDS`):
    a title and an assignee, three more kinds, one of them the tool's bookkeeping. A
    hand-built risk register (``Risk | Owner | Status | Due``) has no lists, tags, created or
    completed stamps; a project plan's ``Task | Resource | Start | Finish | Duration`` has
    no status, tags or lists (and its schedule fields are asked by ``signatures``)."""
    kinds = set(field_kinds(headers).values())
    if not {"title", "assignee"} <= kinds:
        return False
    others = kinds - {"title", "assignee"}
    return len(others) >= OTHER_KINDS_NEEDED and bool(others & BOOKKEEPING)


def register_in_lists(
    block: TableBlock,
    grid: Grid,
    headers: Mapping[int, str],
    names: Callable[[str], set[str]],
) -> tuple[str, str] | None:
    """The register a task export's lists or tags name, and the header saying it: the
    first container or tag column (:data:`TASK_FIELD_KINDS`) whose values are filled on
    every row and each name the same one register (``names(text)``: the registers ``text``
    names), or None. A list ``Design`` or tags ``electrical`` name none; tags naming issues
    on some rows only are an issue's label on some tasks, not the register's name."""
    for col, kind in field_kinds(headers).items():
        if kind not in ("container", "tags"):
            continue
        found: set[str] = set()
        for row in range(block.first_data_row, block.last_data_row + 1):
            value = grid.value(row, col)
            text = str(value).strip() if value is not None else ""
            if not text:
                found = set()
                break
            named = names(text)
            if len(named) != 1:
                found = set()
                break
            found |= named
        if len(found) == 1:
            return found.pop(), headers[col]
    return None


def assignee_as_person(
    scored: dict[int, list[Candidate]],
    heads: Mapping[int, str],
    columns: Mapping[int, list[CellValue]],
    register_key: str,
) -> None:
    """In place (round 30's last hour): in a table with a task tool export's shape
    (:func:`task_shape`), the assignee field (:data:`TASK_FIELD_KINDS`: ``Users``,
    ``Members``, ``Assigned users``) that no vocabulary read is the register's person
    column (an item's owner, a decision's maker), as a listed tool's ``Assignees`` is: a
    tool such as Paymo writes who a task is assigned to under ``Users``, one name or
    several. Only when no other column is that person column already and most of the
    field's filled cells are people (each name of a several-name cell a person's name):
    ``Users`` over counts, or over team names, is no one."""
    from addin.adopt.evidence import person_share
    from addin.adopt.synonyms import TOOL_ROLES

    person = TOOL_ROLES["@person"].get(register_key)
    if person is None or any(
        c.column_key == person and c.confidence >= MINIMUM for cs in scored.values() for c in cs
    ):
        return
    if not task_shape(heads):
        return
    col = next((c for c, kind in field_kinds(heads).items() if kind == "assignee"), None)
    if col is None or any(c.confidence >= MINIMUM for c in scored.get(col, [])):
        return
    cells = [v.strip() for v in columns.get(col, []) if isinstance(v, str) and v.strip()]
    names: list[CellValue] = [p.strip() for v in cells for p in re.split(r"[,;]", v) if p.strip()]
    if len(cells) < 2 or person_share(names) < 0.8:
        return
    head = heads[col]
    scored[col] = [
        Candidate(person, CERTAIN, f"(a task tool's assignee field {head!r}: its people)")
    ]
