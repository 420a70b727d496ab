"""The capacity workbook as lookups: each person's and each role's available days by month.

Names are matched by :func:`addin.capacity.names.name_key`; a name written under two
roles or teams stays two entries (never merged), told apart by the role the demand names.
Duplicate rows (CAP-101) count once: the first row wins, as the check says.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from addin.capacity.model import CapacityLine
from addin.capacity.names import name_key
from addin.derived import month_start


@dataclass
class PersonEntry:
    """One person as the capacity workbook names them, in one role and team."""

    name: str  # as first written
    role: str
    team: str
    role_key: str
    days: dict[date, float] = field(default_factory=dict)


@dataclass
class CapacityBook:
    file: str
    people: dict[str, list[PersonEntry]] = field(default_factory=dict)  # name key -> entries
    roles: dict[str, dict[date, float]] = field(default_factory=dict)  # role key -> month -> days
    role_names: dict[str, str] = field(default_factory=dict)  # role key -> as first written
    months: set[date] = field(default_factory=set)  # months the workbook covers

    def person(self, person_key: str, role_key: str) -> PersonEntry | None:
        """The entry a demand row means: the only one with that name, else the one in the
        row's role; None when the name is unknown or stays ambiguous."""
        entries = self.people.get(person_key)
        if not entries:
            return None
        if len(entries) == 1:
            return entries[0]
        matching = [e for e in entries if e.role_key == role_key]
        return matching[0] if len(matching) == 1 else None

    def ambiguous(self, person_key: str) -> bool:
        return len(self.people.get(person_key, ())) > 1


def usable(line: CapacityLine) -> bool:
    """A row that counts: a role, a month and zero or more days."""
    return (
        bool(name_key(line.role))
        and line.month is not None
        and line.available_days is not None
        and line.available_days >= 0
    )


def build_book(file: str, lines: list[CapacityLine]) -> CapacityBook:
    book = CapacityBook(file)
    seen: set[tuple[str, str, str, date]] = set()
    for line in lines:
        if not usable(line):
            continue
        assert line.month is not None and line.available_days is not None
        role_key = name_key(line.role)
        month = month_start(line.month)
        person_key = name_key(line.person)
        team_key = name_key(line.team)
        key = (person_key, role_key, team_key, month)
        if key in seen:
            continue  # CAP-101 reports it; the first row counts
        seen.add(key)
        book.months.add(month)
        book.role_names.setdefault(role_key, str(line.role).strip())
        role_days = book.roles.setdefault(role_key, {})
        role_days[month] = role_days.get(month, 0.0) + line.available_days
        if not person_key:
            continue
        entries = book.people.setdefault(person_key, [])
        team = str(line.team or "").strip()
        entry = next(
            (e for e in entries if e.role_key == role_key and name_key(e.team) == team_key), None
        )
        if entry is None:
            entry = PersonEntry(
                " ".join(str(line.person).split()), str(line.role).strip(), team, role_key
            )
            entries.append(entry)
        entry.days[month] = entry.days.get(month, 0.0) + line.available_days
    return book
