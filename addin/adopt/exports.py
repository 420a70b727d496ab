"""A tool's export whose records are one register, known by its field set (round 13).

Some tools keep one kind of record: every record of Linear and of GitLab's issue tracker is
an *issue*, whatever the sheet is called (``Export``, ``Sheet1``). Their CSV exports write a
fixed set of field names, some only that tool writes (Linear's ``Cycle Number``, GitLab's
``Confidential``). A table whose headers are that tool's export - five of its fields or more,
one of them the tool's own - is named by the tool's record as a title above it would name
it: the classifier weighs it like a title (``named so``) and the report says which tool.

Tools whose records are of many kinds (Jira's issue types, Azure DevOps' work item types)
are not here: their exports carry a type column, and the type decides (``classify``).
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


def _words(header: str) -> str:
    readings = normalise_header(header)
    return readings[0] if readings else header.strip().casefold()
