"""A tool's workflow states read by their category (round 22, issue 15).

Jira, Azure DevOps, Shortcut, Linear, Asana, Monday, ClickUp, ServiceNow and GitHub
Projects write a ``Status`` (or ``State``, ``Stage``, ``Column``) whose values are the
team's own workflow states: ``Ready for QA``, ``In Code Review``, ``Awaiting Deploy``,
``Icebox``, ``Unscheduled``. A register's status is one of the standards' statuses, so a
PMO analyst reads each state by its CATEGORY, as the tools themselves group them (Jira's
status categories, Linear's and Shortcut's state types):

- **not started**: the work is queued and nobody has begun it: a queue word (``Icebox``,
  ``Unscheduled``, ``Up Next``, ``Inbox``), or a state waiting for the work itself to begin
  (``Ready for Development``, ``Awaiting Refinement``, ``In Backlog``);
- **in progress**: a step of the work or of its checks is under way or next (``In QA``,
  ``In Code Review``, ``Ready for QA``, ``Awaiting Deploy``, ``Pending Sign-off``): the build
  is begun, its checks are not done;
- **done**: the work is finished (``Done - Released``, ``Deployed``, ``Merged``);
- **cancelled**: closed without being done (``Not Doing``, ``Declined``, ``Abandoned``).

A category becomes the first of its values the register's list holds (``not started`` is
Not Started for a milestone, Open for an issue or risk). A state the rule cannot place
(``Ready for Go``, ``In Scope``, a phase noun alone such as ``Design``) is said (listed for
a person to set) and never guessed. The rule reads only what the register's own words and
the tools' aliases (:mod:`addin.adopt.aliases`) did not: every reading it makes is recorded
in the mapping file's ``list_words`` (a PMO who reads ``Awaiting Deploy`` otherwise edits
one line) and stated in the report with its category.

Bare phase nouns (``Design``, ``Build``, ``Test``) are NOT read: a ``Stage`` column of a
project's phases is no status, and only a state's SHAPE (``In <step>``, ``Ready for
<step>``, ``Awaiting <step>``) says the value is a workflow state.
"""

from __future__ import annotations

import re

#: The four categories, each with the list values it reads as, first held wins.
CATEGORY_VALUES: dict[str, tuple[str, ...]] = {
    "not started": ("Not Started", "Open"),
    "in progress": ("In Progress", "Open"),
    "done": ("Complete", "Delivered", "Resolved", "Closed"),
    "cancelled": ("Closed",),
}

#: Steps before the work itself begins: a state waiting for one is not started.
_BEFORE_WORK = frozenset(
    {
        "development",
        "dev",
        "work",
        "start",
        "planning",
        "plan",
        "refinement",
        "grooming",
        "estimation",
        "estimate",
        "prioritisation",
        "prioritization",
        "scheduling",
        "sprint",
        "pickup",
        "pick up",
        "assignment",
        "triage",
        "analysis",
        "design",
        "build",
        # round 22: the work itself as trackers name it ("Under implementation" is being
        # done, "Awaiting implementation" not begun)
        "implementation",
        "execution",
        # round 23: the work of a governance, risk and compliance tool's finding (Archer,
        # MetricStream: "Remediation In Progress", "Awaiting Remediation") and of a fix
        "remediation",
        "fix",
        "fixing",
        "rework",
    }
)
#: Steps of the work and of its checks after it has begun: a state in one, or waiting for
#: one that follows the build, is in progress.
_CHECK_STEPS = frozenset(
    {
        "review",
        "code review",
        "peer review",
        "pr review",
        "pr",
        "qa",
        "test",
        "testing",
        "uat",
        "acceptance",
        "acceptance testing",
        "verification",
        "validation",
        "approval",
        "sign off",
        "signoff",
        "deploy",
        "deployment",
        "release",
        "merge",
        "staging",
        "integration",
        "demo",
        "feedback",
    }
)
#: Steps that sort the queue, not the work: an item IN one is still not started.
_SORTING = frozenset(
    {
        "backlog",
        "queue",
        "icebox",
        "triage",
        "prioritisation",
        "prioritization",
        "scheduling",
        "assignment",
        "pickup",
        "pick up",
    }
)
#: Queue words: a state that names a queue of work nobody has begun.
_QUEUES = frozenset(
    {
        "icebox",
        "ice box",
        "unscheduled",
        "up next",
        "next up",
        "inbox",
        "queue",
        "queued",
        "in queue",
        "in backlog",
        "product backlog",
        "sprint backlog",
        "someday",
        "parking lot",
        "ideas",
        "not scheduled",
        "planned",
        "scheduled",
        "no status",
        # round 23: an item received and not yet taken up (YouTrack's and Bugzilla's first
        # states, a change request as logged)
        "submitted",
        "unconfirmed",
    }
)
#: Words that finish the work.
_DONE = frozenset({"deployed", "merged", "delivered", "live in production", "in production"})
#: Words that close an item without doing it.
_CANCELLED = frozenset(
    {
        "not doing",
        "will not do",
        "will not fix",
        "wont fix",
        "declined",
        "abandoned",
        "dropped",
        "out of scope",
        "not planned",
        "cannot reproduce",
        "can t reproduce",
        "not a bug",
        "works as designed",
        "working as intended",
    }
)

_WAITING = re.compile(
    r"^(?:ready\s+for|ready\s+to|awaiting|waiting\s+(?:for|on)|pending|queued\s+for|to)\s+(.+)$"
)
_IN = re.compile(r"^(?:in|under|during|doing)\s+(.+)$")


def _key(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", text.casefold()).split())


def _step(words: str) -> str:
    """The step a state names: ``code review`` of ``code review``; ``dev`` of ``dev team``
    is not taken (a step is the whole phrase, or its words before ``stage`` / ``phase``)."""
    return re.sub(r"\s+(?:stage|phase|step|column)$", "", words.strip())


def workflow_category(text: str) -> str | None:
    """The category of a tool's workflow state by its shape (the module docstring), or None
    when the rule cannot place it (said, not guessed)."""
    key = _key(text)
    if not key:
        return None
    if key in _QUEUES:
        return "not started"
    if key in _DONE:
        return "done"
    if key in _CANCELLED:
        return "cancelled"
    waiting = _WAITING.match(key)
    if waiting:
        step = _step(waiting.group(1))
        if step in _BEFORE_WORK:
            return "not started"
        if step in _CHECK_STEPS:
            return "in progress"
        return None
    inside = _IN.match(key)
    if inside:
        step = _step(inside.group(1))
        if f"in {step}" in _QUEUES or step in _SORTING:
            return "not started"  # "In Triage": being sorted, nobody has begun the work
        if step in _CHECK_STEPS or step in _BEFORE_WORK:
            return "in progress"
        return None
    if key.endswith((" in progress", " ongoing", " underway")):
        step = _step(re.sub(r"\s+(?:in progress|ongoing|underway)$", "", key))
        if step in _CHECK_STEPS or step in _BEFORE_WORK:
            return "in progress"
    return None


def read_state(text: str, allowed: list[str]) -> tuple[str, str] | None:
    """(the list value, the category) a workflow state reads as in a status list, or None
    when it cannot be placed or the list holds none of its category's values."""
    category = workflow_category(text)
    if category is None:
        return None
    by_key = {v.casefold(): v for v in allowed}
    for option in CATEGORY_VALUES[category]:
        if option.casefold() in by_key:
            return by_key[option.casefold()], category
    return None
