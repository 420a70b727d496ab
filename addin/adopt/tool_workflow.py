"""A task tool's two statuses: its done flag and the team's workflow (round 27's last hour).

A task tool writes its own ``Status`` on every task it exports, and it says one thing only:
whether the task is done (MeisterTask's ``open`` / ``completed``). The team's workflow is
the board's columns, exported as the task's section (``Logged`` / ``Investigating`` /
``Fixed``). A PMO analyst keeping an issue log on such a board reads the section as the
issue's status, and the tool's flag as what it is, a done flag, listed.

:func:`workflow_over_done_flag` reads that, and only when all of this holds:

- the table is a task tool's export (``exports.task_tool_of``: the caller asks);
- exactly one column is headed as the status, and its values are two at most, all
  done-flag words (:data:`DONE_FLAG_WORDS`);
- a container column (``Section``, ``List``, ``Bucket``: ``containers.CONTAINER_HEADER``)
  holds three different values or more, nearly all of them the register's statuses
  (:data:`FIT_NEEDED`).

A section of ``Sprint 4`` / ``Backlog`` names no status and is left as it was; a Status of
workflow words (``In Progress``, ``Blocked``) is the status itself and is kept.
"""

from __future__ import annotations

from collections.abc import Callable

from addin.adopt.containers import CONTAINER_HEADER
from addin.adopt.grid import cell_text, is_blank
from addin.adopt.match import Candidate
from addin.host import CellValue

#: The words a tool's done flag writes (MeisterTask, Todoist, Trello's ``closed``).
DONE_FLAG_WORDS = frozenset(
    {"open", "completed", "complete", "done", "closed", "active", "incomplete", "archived"}
)
#: The share of a section column's values that must read as the register's statuses.
FIT_NEEDED = 0.8
#: The fewest different values a section must hold to be a workflow (two are a flag's).
FEWEST_STATES = 3
#: How sure the flag's status reading stays: below a header's, so the workflow takes the
#: status and the flag is listed as also reading so.
FLAG_KEPT = 0.85
#: What the report says of the section's reading (``mapped by content: ...``).
WORKFLOW = "(values are the board's workflow states; the tool's status is only its done flag)"


def workflow_over_done_flag(
    scored: dict[int, list[Candidate]],
    heads: dict[int, str],
    columns: dict[int, list[CellValue]],
    status_fit: Callable[[list[CellValue]], float | None],
) -> None:
    """In place: the section column of a task tool's export takes the status when the
    tool's own status column is only its done flag (the module docstring says when)."""
    flags = [
        c
        for c, cands in scored.items()
        if cands and cands[0].column_key == "status" and not cands[0].synonym.startswith("(")
    ]
    if len(flags) != 1:
        return
    flag = flags[0]
    said = {cell_text(v).strip().casefold() for v in columns.get(flag, []) if not is_blank(v)}
    if not said or len(said) > 2 or not said <= DONE_FLAG_WORDS:
        return
    for col, text in sorted(heads.items()):
        if col == flag or not CONTAINER_HEADER.match(text.strip()):
            continue
        values = columns.get(col, [])
        states = {cell_text(v).strip().casefold() for v in values if not is_blank(v)}
        fit = status_fit(values)
        if len(states) < FEWEST_STATES or fit is None or fit < FIT_NEEDED:
            continue
        kept = [c for c in scored.get(col, []) if c.column_key != "status"]
        scored[col] = [Candidate("status", 1.0, WORKFLOW), *kept]
        scored[flag] = [
            Candidate(c.column_key, min(c.confidence, FLAG_KEPT), c.synonym)
            if c.column_key == "status"
            else c
            for c in scored[flag]
        ]
        return
