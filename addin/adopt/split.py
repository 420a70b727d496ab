"""A register split over several sheets (round 11): one register, each sheet name's meaning said.

People break a long register up by sheet: open and closed risks, one sheet per workstream,
one per year. Each sheet's table is adopted into the same standard register (its items
one after another); this module recognises the split - two sheets or more whose tables are
of the same register with the same headers - and says what each sheet name means:

- a **status** of the register's list (``Open``, ``Closed``, ``Closed Risks``): where the
  table has no status column, every item of the sheet takes that status (so the closed
  risks of a `Closed` sheet are not counted open); where it has one, the column is read as
  it says and the sheet name only stated;
- a **year** (``2025``, ``FY2026``): stated; the items keep their own dates;
- anything else (``Data Platform``, ``Workstream B``): a part of the register (a
  workstream, team, area or a working copy) that the standard register has no column
  for: stated.

Inside one table, a group heading naming a status (``Open risks`` / ``Closed risks``) does
the same for the items under it (:func:`status_from_headings`). Nothing here moves a column
or an item from one register to another.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

from addin import layout
from addin.adopt.convert import list_for_column, month_number
from addin.adopt.one_period import names_a_month
from addin.adopt.report import TableReport
from addin.adopt.synonyms import MEASURES, REGISTER_WORDS
from addin.models import ProjectData
from addin.standards import Standards

_YEAR = re.compile(r"^(?:fy|year|cy)?\s*'?((?:19|20)\d{2}|\d{2})(?:\s*[/-]\s*\d{2,4})?$", re.I)
_WORD = re.compile(r"[^\W_]+")


@dataclass
class AdoptedTable:
    """One adopted table and where its items are in the project's registers."""

    table: TableReport
    headers: tuple[str, ...]  # the table's header texts, folded
    items: dict[str, range]  # register -> indexes of its items in the project's list


def note_split_registers(
    adopted: list[AdoptedTable], project: ProjectData, standards: Standards
) -> None:
    """Find the registers split over sheets among ``adopted`` and say each sheet name's
    meaning in its table's notes (setting the items' status from a status sheet name)."""
    groups: dict[tuple[str, tuple[str, ...]], list[AdoptedTable]] = {}
    for entry in adopted:
        register = entry.table.register
        if register is None or register == "raid" or not entry.headers:
            continue
        groups.setdefault((register, entry.headers), []).append(entry)
    for (register, _headers), entries in groups.items():
        sheets = list(dict.fromkeys(e.table.sheet for e in entries))
        if len(sheets) < 2:
            continue
        total = sum(e.table.items.get(register, 0) for e in entries)
        item = layout.REGISTERS_BY_KEY[register].item
        names = ", ".join(repr(s) for s in sheets)
        for entry in entries:
            entry.table.notes.append(
                f"one register over {len(sheets)} sheets with the same columns ({names}; "
                f"{total} {item}s in all)"
            )
            entry.table.notes.append(_sheet_meaning(entry, register, project, standards))


def _sheet_meaning(
    entry: AdoptedTable, register: str, project: ProjectData, standards: Standards
) -> str:
    sheet = entry.table.sheet
    words = [w for w in _WORD.findall(sheet) if w.casefold() not in REGISTER_WORDS[register]]
    rest = " ".join(words)
    if _YEAR.match(rest.replace(" ", "")) or _YEAR.match(rest):
        return f"the sheet name {sheet!r} is a year: its items keep their own dates"
    status = _status_of(rest, register, standards)
    if status is not None:
        has_column = any(c.target == "status" for c in entry.table.columns)
        if has_column:
            return (
                f"the sheet name {sheet!r} is a status ({status}); the status column is "
                "read as it says"
            )
        indexes = entry.items.get(register, range(0))
        items = getattr(project, register)
        for index in indexes:
            if getattr(items[index], "status", None) in (None, ""):
                items[index].status = status
        return (
            f"the sheet name {sheet!r} is a status: its {len(indexes)} item(s) take the "
            f"status {status} (the table has no status column)"
        )
    if register == "finance" and (measure := _measure_of(sheet)) is not None:
        # round 18: one sheet per measure (`Budget`, `Actual`), the same lines on each
        return (
            f"the sheet name {sheet!r} names the measure of its amounts ({measure}): the same "
            "month and cost line on two such sheets is one line with both measures"
        )
    if (
        register == "finance"
        and names_a_month(sheet)
        and not any(c.target == "month" for c in entry.table.columns)
    ):
        # round 33: one sheet per month (`2026-04`, `Apr-26`), its lines that month's
        return (
            f"the sheet name {sheet!r} is a month: its lines are that month's (one sheet per month)"
        )
    if (
        register == "finance"
        and not any(c.target == "cost_line" for c in entry.table.columns)
        and not _PERIOD_NAME.match(sheet)
        and month_number(sheet) is None
    ):
        return _sheet_is_the_line(entry, project)
    return (
        f"the sheet name {sheet!r} is no status and no year: read as naming a part of the "
        "register (a workstream, team, area or copy), which the standard register has no "
        "column for; its items are adopted with the others"
    )


#: A sheet named by a period (``Q1``, ``H2``, ``P03``, ``FY26``, ``Week 5``): one sheet per
#: period, not per cost line.
_PERIOD_NAME = re.compile(r"^\s*(?:q|h|p|fy|wk|week|period)\s*-?\s*\d", re.IGNORECASE)


def _measure_of(sheet: str) -> str | None:
    """The measure a sheet's name is, and little else (``Budget``, ``Actuals 2026``)."""
    from addin.adopt.finance import measure_in  # finance reads this module's neighbours

    words = _WORD.findall(sheet)
    found = measure_in(sheet) if len(words) <= 2 else None
    return found if found in MEASURES else None


def _sheet_is_the_line(entry: AdoptedTable, project: ProjectData) -> str:
    """Round 16: a cost tracker kept as one sheet per cost line (``Software licences``,
    ``Hardware``, each with the same ``Month | Budget | Actual | Forecast`` table and no
    line column): the sheet's name is the line of every row of its table."""
    sheet = entry.table.sheet
    indexes = entry.items.get("finance", range(0))
    items = project.finance
    for index in indexes:
        if not items[index].cost_line:
            items[index].cost_line = sheet.strip()
    return (
        f"the sheet name {sheet!r} is the cost line of its {len(indexes)} line(s): the table "
        "has no cost line column, and each sheet of the same columns holds one line"
    )


def _status_of(text: str, register: str, standards: Standards) -> str | None:
    """The register's status a sheet name says (``Closed``, ``Open items``), or None."""
    column = next((c for c in layout.REGISTERS_BY_KEY[register].columns if c.key == "status"), None)
    if column is None or not column.list_name or not text:
        return None
    converted = list_for_column(column.list_name, standards)(text)
    if converted.problem is not None or not isinstance(converted.value, str):
        return None
    return converted.value


#: Round 27: the nouns a heading names a register's rows by, whatever the register (``CLOSED
#: ITEMS``, ``Closed entries``): set aside with the register's own noun.
ITEM_NOUNS = frozenset({"item", "items", "entry", "entries", "record", "records"})


def _heading_status(text: str, register: str, standards: Standards) -> str | None:
    """The status a group heading inside a table names (``Closed risks``, ``CLOSED ITEMS``,
    ``Closed / Archived``), or None: its words, the register's noun and the rows' nouns
    set aside, read as one status; or (round 27) each of them reads as a status and all
    the same one (``Closed / Archived``: both Closed)."""
    words = [
        w
        for w in _WORD.findall(text)
        if w.casefold() not in REGISTER_WORDS[register] and w.casefold() not in ITEM_NOUNS
    ]
    whole = _status_of(" ".join(words), register, standards)
    if whole is not None or len(words) < 2:
        return whole
    each = {_status_of(w, register, standards) for w in words}
    return each.pop() if len(each) == 1 and None not in each else None


_ID = re.compile(r"^([A-Z]{1,3})-(\d+)$")


def renumber_across_tables(adopted: list[AdoptedTable], project: ProjectData) -> None:
    """Give an item whose ID an earlier table of the same register already gave (a register
    split over sheets, each numbered from R1) the next free number, and list the change in
    its table's ID changes and notes: two items never share an ID in the standard workbook."""
    # in the order the tables list their registers (a set's order would change the
    # report's notes and ID changes from one run to the next)
    for key in dict.fromkeys(k for entry in adopted for k in entry.items):
        items = getattr(project, key)
        numbers = [_ID.match(str(getattr(i, "id", "") or "")) for i in items]
        used = {int(m.group(2)) for m in numbers if m}
        seen: set[str] = set()
        for entry in adopted:
            renumbered: list[str] = []
            mine: set[str] = set()
            for index in entry.items.get(key, range(0)):
                item = items[index]
                old = str(getattr(item, "id", "") or "")
                found = _ID.match(old)
                if found is None or old not in seen:
                    mine.add(old)
                    continue
                number = max(used) + 1
                used.add(number)
                new = f"{found.group(1)}-{number:03d}"
                item.id = new
                mine.add(new)
                pairs = entry.table.id_changes
                at = next((n for n, (_src, was) in enumerate(pairs) if was == old), None)
                if at is None:
                    pairs.append((old, new))
                else:
                    pairs[at] = (pairs[at][0], new)
                renumbered.append(f"{old} -> {new}")
            seen |= mine
            if renumbered:
                entry.table.notes.append(
                    "IDs an earlier table of the register already gave, renumbered: "
                    + ", ".join(renumbered)
                )


def group_headings(entry: AdoptedTable) -> list[tuple[int, str]]:
    """(row, text) of each row of the table skipped as a group heading, top to bottom."""
    return sorted(
        (issue.row, issue.value)
        for issue in entry.table.skipped_rows
        if issue.reason.startswith("group heading")
    )


def items_under(headings: list[tuple[int, str]], n: int, items: list[Any]) -> list[Any]:
    """The items under the ``n``-th heading, down to the next heading (or the table's end)."""
    row = headings[n][0]
    below = headings[n + 1][0] if n + 1 < len(headings) else None
    return [
        item
        for item in items
        if (item.source_row or 0) > row and (below is None or item.source_row < below)
    ]


def fill_under_headings(
    headings: list[tuple[int, str]],
    items: list[Any],
    field: str,
    read: Callable[[str], str | None],
) -> tuple[list[str], list[str]]:
    """Each heading that ``read`` gives a value sets that value on the items under it (down
    to the next heading) whose ``field`` is empty; a heading read as nothing sets nothing
    and ends the band above it. Returns the lines naming what each read heading set and
    the headings read as nothing, for the table's notes."""
    named: list[str] = []
    unread: list[str] = []
    for n, (row, text) in enumerate(headings):
        value = read(text)
        if value is None:
            unread.append(f"{text!r} (row {row})")
            continue
        under = items_under(headings, n, items)
        for item in under:
            if getattr(item, field, None) in (None, ""):
                setattr(item, field, value)
        named.append(f"{text!r} (row {row}): {len(under)} item(s) {value}")
    return named, unread


def status_from_headings(
    adopted: list[AdoptedTable], project: ProjectData, standards: Standards
) -> None:
    """Group headings inside a table that name a status (``Open risks`` / ``Closed
    risks``): the items under such a heading (down to the next heading) whose status is
    empty take its status, and the table's notes say so; a heading that is no status
    (``Workstream B``) ends the one above it and sets nothing.

    Round 27: also where the table HAS a status column. A register kept for years moves
    its closed items below a ``CLOSED ITEMS`` row of the same table, and the PM who moved
    them did not always write the status: the heading says it. A status written in the
    item's own cell is never changed (the heading fills only what is empty); a status
    column is no heading (only a row skipped as a group heading is read)."""
    for entry in adopted:
        register = entry.table.register
        if register is None or register == "raid" or register not in entry.items:
            continue
        has_status = any(c.target == "status" for c in entry.table.columns)
        headings = group_headings(entry)
        if not headings:
            continue
        items = getattr(project, register)
        for n, (row, text) in enumerate(headings):
            status = _heading_status(text, register, standards)
            if status is None:
                continue
            under = items_under(headings, n, [items[i] for i in entry.items[register]])
            empty = [item for item in under if getattr(item, "status", None) in (None, "")]
            for item in empty:
                item.status = status
            if has_status:
                if empty:
                    entry.table.notes.append(
                        f"the group heading {text!r} (row {row}) is a status: the "
                        f"{len(empty)} item(s) under it with no status of their own take "
                        f"the status {status} (round 27)"
                    )
                continue
            entry.table.notes.append(
                f"the group heading {text!r} (row {row}) is a status: the {len(under)} item(s) "
                f"under it take the status {status} (the table has no status column)"
            )


def _heading_category(text: str, register: str, list_name: str, standards: Standards) -> str | None:
    """The category of the register's list a group heading names, its register's own
    words aside (``Commercial risks`` -> Commercial), else None."""
    words = [w for w in _WORD.findall(text) if w.casefold() not in REGISTER_WORDS[register]]
    return listed_value(" ".join(words), list_name, standards)


def category_from_headings(
    adopted: list[AdoptedTable], project: ProjectData, standards: Standards
) -> None:
    """Round 27's last hour: group headings inside a table that name a category of the
    register's list (``PEOPLE``, ``TECHNICAL``, ``Commercial risks`` over the risks of each):
    a register grouped by category under heading rows says each item's category once, above
    it. Where the table has no category column, the items under such a heading (down to the
    next heading) take its category, and the table's notes say so. A heading that reads as
    no value of the list (``Workstream B``, ``Phase 2``) sets nothing and ends the group
    above it; when other headings of the table were categories, the notes list it."""
    for entry in adopted:
        register = entry.table.register
        if register is None or register in ("raid", "finance") or register not in entry.items:
            continue
        column = next(
            (c for c in layout.REGISTERS_BY_KEY[register].columns if c.key == "category"), None
        )
        if column is None or not column.list_name:
            continue
        if any(c.target == "category" for c in entry.table.columns):
            continue
        items = getattr(project, register)
        named, unread = fill_under_headings(
            group_headings(entry),
            [items[i] for i in entry.items[register]],
            "category",
            partial(
                _heading_category,
                register=register,
                list_name=column.list_name,
                standards=standards,
            ),
        )
        if named:
            entry.table.notes.append(
                "group headings name the category of the items under them (the table has no "
                "category column): " + "; ".join(named)
            )
            if unread:
                entry.table.notes.append(
                    "group headings that name no category of the standard list, their items "
                    "left without one: " + ", ".join(unread)
                )


def listed_value(text: str, list_name: str, standards: Standards) -> str | None:
    """The value of the standards list ``list_name`` that ``text`` reads as (same word, an
    alias, a close spelling), or None."""
    if not text:
        return None
    converted = list_for_column(list_name, standards)(text)
    if converted.problem is not None or not isinstance(converted.value, str):
        return None
    return converted.value


__all__ = [
    "AdoptedTable",
    "category_from_headings",
    "group_headings",
    "items_under",
    "listed_value",
    "note_split_registers",
    "renumber_across_tables",
    "status_from_headings",
]
