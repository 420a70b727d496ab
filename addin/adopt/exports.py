"""A tool's export whose records are one register, known by its field set (round 13).

Some tools keep one kind of record: every record of Linear and of GitLab's issue tracker is
an *issue*, whatever the sheet is called (``Export``, ``Sheet1``). Their CSV exports write a
fixed set of field names, some only that tool writes (Linear's ``Cycle Number``, GitLab's
``Confidential``). A table whose headers are that tool's export - five of its fields or more,
one of them the tool's own - is named by the tool's record as a title above it would name
it: the classifier weighs it like a title (``named so``) and the report says which tool.

Tools whose records are of many kinds (Jira's issue types, Azure DevOps' work item types)
are not here: their exports carry a type column, and the type decides (``classify``).

Round 27's last hour: a *task tool*'s export (MeisterTask's ``Name | Notes | Section |
Assignee | ... | Checklists``) names no register at all: the tool calls every record a task,
whatever the team kept in it. Known by its own fields as above (:func:`task_tool_of`), it
has no title but the one the person gave the file (``Data Centre issues.csv``), and that
name is weighed as a title would be (``classify``), not as one header's word.
"""

from __future__ import annotations

from dataclasses import dataclass

from addin.adopt.detect import TableBlock
from addin.adopt.match import normalise_header


@dataclass(frozen=True)
class Export:
    """A tool's export of one kind of record."""

    tool: str
    register: str
    fields: frozenset[str]  # every field name of the export, as its words read
    own: frozenset[str]  # the fields only this tool writes


EXPORTS: tuple[Export, ...] = (
    Export(
        "Linear",
        "issues",
        frozenset(
            {
                *("id", "team", "title", "description", "status", "estimate", "priority"),
                *("project", "project id", "assignee", "creator", "labels", "created"),
                *("updated", "started", "triaged", "completed", "canceled", "archived"),
                *("due date", "cycle number", "cycle name", "cycle start", "cycle end"),
                *("parent issue", "project milestone", "project milestone id", "sla status"),
            }
        ),
        frozenset({"cycle number", "cycle name", "cycle start", "cycle end", "triaged"})
        | frozenset({"parent issue", "project milestone", "sla status"}),
    ),
    Export(
        "GitLab",
        "issues",
        frozenset(
            {
                *("issue id", "url", "title", "state", "description", "author"),
                *("author username", "assignee", "assignee username", "confidential"),
                *("locked", "due date", "created at", "updated at", "closed at"),
                *("milestone", "weight", "labels", "time estimate", "time spent"),
                *("epic id", "epic title"),
            }
        ),
        frozenset({"author username", "assignee username", "confidential", "locked"})
        | frozenset({"weight", "time estimate", "time spent", "epic title"}),
    ),
    # round 28's last hour: ZenHub is a board over GitHub's issues; every record of its
    # export is an issue of a repository, whatever pipeline, epic or milestone it sits in
    # (its `Milestone` is the release each issue is planned for, not a milestone plan)
    Export(
        "ZenHub",
        "issues",
        frozenset(
            {
                *("repository", "repo", "issue", "issue number", "title", "pipeline"),
                *("estimate", "assignees", "labels", "epic", "milestone", "sprint"),
                *("release", "created at", "closed at", "issue type", "linked issues"),
                *("priority", "pull request"),
            }
        ),
        frozenset({"repository", "repo"}),
    ),
)

#: Task tools: every record is a task, of no register; the file's name says what the team
#: kept in it (round 27's last hour). MeisterTask's CSV export: the task's name and notes,
#: its section (the project's workflow column), assignee, open/completed status, due date,
#: tags, when it was created, updated and completed, its checklists' progress (``0/3``),
#: comment and attachment counts, time tracked.
TASK_TOOLS: tuple[Export, ...] = (
    Export(
        "MeisterTask",
        "",
        frozenset(
            {
                *("name", "notes", "section", "assignee", "status", "due date", "tags"),
                *("created at", "updated at", "completed at", "checklists", "comments"),
                *("attachments", "time tracked", "project", "token", "id"),
            }
        ),
        frozenset({"checklists", "time tracked", "token"}),
    ),
)

#: Fields of a tool's export a table must hold, one of them the tool's own.
FIELDS_NEEDED = 5


def export_of(block: TableBlock) -> Export | None:
    """The tool export ``block``'s headers are, or None."""
    read = {_words(c.text) for c in block.headers if c.text}
    for export in EXPORTS:
        if len(read & export.fields) >= FIELDS_NEEDED and read & export.own:
            return export
    return None


def task_tool_of(block: TableBlock) -> Export | None:
    """The task tool's export ``block``'s headers are (:data:`TASK_TOOLS`), or None: five of
    its fields at least, one of them the tool's own (as :func:`export_of`)."""
    read = {_words(c.text) for c in block.headers if c.text}
    for export in TASK_TOOLS:
        if len(read & export.fields) >= FIELDS_NEEDED and read & export.own:
            return export
    return None


def _words(header: str) -> str:
    readings = normalise_header(header)
    return readings[0] if readings else header.strip().casefold()
