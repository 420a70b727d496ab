"""Round 28's last hour: group headings that date the items under them.

A decision log kept meeting by meeting writes the meeting once, as a heading row over the
decisions taken at it (``Meeting of 20/01/2026``, ``Board - 17 March 2026``), and the
decisions carry no date of their own: a PMO reads each decision as taken on its meeting's
day. The same holds for a risk or issue log grouped by the meeting (or the review) that
raised its items: the heading's day is when each was raised.

Rule: where the table has no column mapped to the register's "when logged" date
(:data:`LOGGED_ON`), each group heading that is a short label and ONE day (its year
written: ``Meeting of 20/01/2026``; ``Phase 2``, ``Workstream B``, ``Q1 2026`` name no day)
gives the items under it (down to the next heading) that date, and the table's notes say
so; two such headings at least (one dated row over a table may be a remark: ``Updated
20/01/2026``). A table with its own date column keeps its cells: the heading then only titles the
group. A heading that names no day ends the group above it and sets nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from addin.adopt.dated_labels import label_and_text
from addin.adopt.dates import parse_text_date

if TYPE_CHECKING:
    from addin.adopt.split import AdoptedTable
    from addin.models import ProjectData

#: Each register's date of when an item was logged (decided, raised), as a meeting's
#: heading dates it.
LOGGED_ON: dict[str, str] = {
    "decisions": "date",
    "risks": "raised_date",
    "issues": "raised_date",
    "assumptions": "raised_date",
}


#: Dated headings a table needs: a log kept meeting by meeting has two meetings at least;
#: one dated row may be a remark (``Updated 20/01/2026``) over all the items.
FEWEST_DATED = 2

#: The reasons a row inside a table was skipped that make it a heading over the rows below.
HEADING_REASONS = ("group heading", "note row")


def heading_day(text: str) -> Any:
    """The one day a group heading names after its label (``Meeting of 20/01/2026``), read
    day-first as the report's text dates are when they cannot tell; None for a heading of
    no day (``Phase 2``, ``Q1 2026``, ``Workstream B``)."""
    parts = label_and_text(text)
    if parts is None:
        return None
    return parse_text_date(parts[1], "dmy") or parse_text_date(parts[1], "mdy")


def _headings(entry: AdoptedTable) -> list[tuple[int, str]]:
    """(row, text) of each row of the table skipped as a group heading or as a note row
    (one text across the table, as a merged ``Meeting of ...`` row is read), top to
    bottom."""
    return sorted(
        (issue.row, issue.value)
        for issue in entry.table.skipped_rows
        if issue.reason.startswith(HEADING_REASONS)
    )


def date_from_headings(adopted: list[AdoptedTable], project: ProjectData) -> None:
    """Give the items under each dated group heading its day (the module docstring)."""
    from addin.adopt.split import items_under

    for entry in adopted:
        register = entry.table.register
        key = LOGGED_ON.get(register or "")
        if key is None or register not in entry.items:
            continue
        if any(c.target == key for c in entry.table.columns):
            continue
        headings = _headings(entry)
        if sum(heading_day(text) is not None for _, text in headings) < FEWEST_DATED:
            continue
        items = getattr(project, register)
        dated: list[str] = []
        for n, (row, text) in enumerate(headings):
            day = heading_day(text)
            if day is None:
                continue
            under = items_under(headings, n, [items[i] for i in entry.items[register]])
            for item in under:
                if getattr(item, key, None) is None:
                    setattr(item, key, day)
            dated.append(f"{text!r} (row {row}): {len(under)} item(s) {day.isoformat()}")
        if dated:
            entry.table.notes.append(
                f"group headings name the day of the items under them (the table has no "
                f"{key.replace('_', ' ')} column): " + "; ".join(dated)
            )
