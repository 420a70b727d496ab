"""Demand (every project's tblResources) set against capacity, by role and person and month.

One pass over the resource rows fills dictionaries keyed by (role, month) and (person,
month): linear in the rows, no pairing of rows with rows. Negative days and text days
are left out here (RES-002 and WB-013 report them where they are).
"""

from __future__ import annotations

import functools
import string
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from addin.capacity.book import CapacityBook, PersonEntry
from addin.capacity.names import name_key
from addin.cells import column_letter
from addin.derived import month_start

#: Projects named in a CAP-002 message before "and N more".
ROLE_PROJECTS_SHOWN = 5


@dataclass(frozen=True)
class DemandSource:
    """One project's demand: its id, its file, its resource rows (role, person, month,
    planned days, source cell: the row's cell in the table's first column), and where
    the table's columns are (column key -> 1-based column; empty: unknown)."""

    project_id: str
    source: str
    rows: Iterable[tuple[Any, ...]]
    columns: Mapping[str, int] = field(default_factory=dict)


@dataclass
class RoleMonth:
    role: str
    month: date
    demand: float
    unnamed: float  # demand with no person named (counted in ``demand``)
    capacity: float | None  # None: the capacity workbook does not cover the month (or none)
    utilisation: float | None  # demand / capacity; None without capacity
    band: str | None  # Green / Amber / Red; Red when demand meets no capacity at all

    def to_json(self) -> dict[str, Any]:
        return {
            "role": self.role,
            "month": self.month.isoformat(),
            "demand": self.demand,
            "capacity": self.capacity,
            "utilisation": self.utilisation,
        }


def at_column(ref: str, column: int) -> str:
    """``"Resources!A5"``, 2 -> ``"Resources!B5"``: the same row's cell in ``column``."""
    prefix, bang, cell = ref.rpartition("!")
    row = cell.lstrip(_LETTERS)
    if not row.isdigit():
        return ref
    return f"{prefix}{bang}{_letter(column)}{row}"


_LETTERS = string.ascii_letters + "$"
_letter = functools.lru_cache(maxsize=64)(column_letter)


@dataclass
class ProjectAsk:
    """What one project asks of a person (or a role) in a month, and where it says so."""

    project_id: str
    source: str
    days: float = 0.0
    rows: list[str] = field(default_factory=list)  # each row's first cell, "Resources!A5"
    #: The column the ask is about (Person for a person, Role for a role); None: unknown,
    #: the rows' own cells are shown
    column: int | None = None

    def cells(self, limit: int | None = None) -> list[str]:
        """Where the ask is: each row's cell in the ask's column (``"Resources!B5"``),
        the first ``limit`` of them (made when shown: most asks are never shown)."""
        rows = self.rows if limit is None else self.rows[:limit]
        column = self.column
        return [at_column(r, column) for r in rows] if column else list(rows)


@dataclass
class OverAllocation:
    person: str
    role: str
    month: date
    demand: float
    capacity: float
    projects: list[ProjectAsk]
    has_row: bool = True  # False: the person has no row for the month (0 days)

    def to_json(self) -> dict[str, Any]:
        return {
            "person": self.person,
            "month": self.month.isoformat(),
            "demand": self.demand,
            "capacity": self.capacity,
            "projects": {p.project_id: p.days for p in self.projects},
        }


@dataclass
class UnmatchedPerson:
    """A person asked for but not (unambiguously) in the capacity workbook."""

    name: str  # as first written
    roles: list[str]
    days: float
    projects: list[ProjectAsk]
    months: list[date]
    ambiguous: bool = False  # the name is in the workbook under several roles


@dataclass
class CapacityView:
    capacity_file: str | None
    months: list[date]
    roles: list[RoleMonth]
    over_allocated: list[OverAllocation]
    unknown: list[UnmatchedPerson]
    role_asks: dict[tuple[str, date], list[ProjectAsk]] = field(default_factory=dict)

    @property
    def has_capacity(self) -> bool:
        return self.capacity_file is not None

    def to_json(self) -> dict[str, Any]:
        """``capacity`` in ``pmo consolidate --json`` (SPEC section 14)."""
        return {
            "roles": [r.to_json() for r in self.roles],
            "over_allocated": [o.to_json() for o in self.over_allocated],
            "unknown_people": [u.name for u in self.unknown if not u.ambiguous],
        }


@dataclass
class _PersonAcc:
    name: str
    roles: dict[str, str] = field(default_factory=dict)  # role key -> as written
    months: dict[date, dict[str, ProjectAsk]] = field(default_factory=dict)


def _ask(
    asks: dict[str, ProjectAsk],
    source: DemandSource,
    days: float,
    cell: object,
    column: int | None,
) -> None:
    ask = asks.get(source.source)
    if ask is None:
        ask = asks[source.source] = ProjectAsk(source.project_id, source.source, column=column)
    ask.days += days
    if isinstance(cell, str) and cell:
        ask.rows.append(cell)


def compute_capacity(
    sources: Iterable[DemandSource], book: CapacityBook | None, amber_pct: float, red_pct: float
) -> CapacityView:
    """The whole view: role grid, person over-allocations, people not in the workbook."""
    role_names: dict[str, str] = dict(book.role_names) if book else {}
    demand: dict[tuple[str, date], float] = {}
    unnamed: dict[tuple[str, date], float] = {}
    role_asks: dict[tuple[str, date], dict[str, ProjectAsk]] = {}
    # person: keyed by (name key, entry index or role key when unmatched)
    matched: dict[tuple[str, int], _PersonAcc] = {}
    unmatched: dict[str, _PersonAcc] = {}
    # (person key, role key) -> the accumulator its rows go to; resolved once per pair
    resolved: dict[tuple[str, str], _PersonAcc] = {}
    for source in sources:
        role_column, person_column = source.columns.get("role"), source.columns.get("person")
        for row in source.rows:
            role, person, month, days, cell = row[0], row[1], row[2], row[3], row[-1]
            if not isinstance(month, date) or not isinstance(days, int | float) or days <= 0:
                continue
            if month.day != 1:
                month = month_start(month)
            role_key = name_key(role)
            if role_key not in role_names:
                role_names[role_key] = str(role).strip() if role_key else "(no role)"
            key = (role_key, month)
            demand[key] = demand.get(key, 0.0) + days
            asks = role_asks.get(key)
            if asks is None:
                asks = role_asks[key] = {}
            role_ask = asks.get(source.source)
            if role_ask is None:  # a role's asks keep the first cell only (CAP-002 points at it)
                role_ask = asks[source.source] = ProjectAsk(
                    source.project_id, source.source, column=role_column
                )
                if isinstance(cell, str) and cell:
                    role_ask.rows.append(cell)
            role_ask.days += days
            person_key = name_key(person)
            if not person_key:
                unnamed[key] = unnamed.get(key, 0.0) + days
                continue
            acc = resolved.get((person_key, role_key))
            if acc is None:
                acc = resolved[(person_key, role_key)] = _resolve(
                    book, person_key, role_key, person, matched, unmatched
                )
            acc.roles.setdefault(role_key, role_names[role_key])
            by_month = acc.months.get(month)
            if by_month is None:
                by_month = acc.months[month] = {}
            _ask(by_month, source, days, cell, person_column)
    months = sorted({m for _, m in demand} | (book.months if book else set()))
    roles = _role_grid(demand, unnamed, book, role_names, months, amber_pct, red_pct)
    over = _over_allocations(matched, book) if book else []
    unknown = _unmatched(unmatched, book) if book else []
    return CapacityView(
        book.file if book else None,
        months,
        roles,
        over,
        unknown,
        {
            k: sorted(v.values(), key=lambda a: (-a.days, a.project_id))
            for k, v in role_asks.items()
        },
    )


def _resolve(
    book: CapacityBook | None,
    person_key: str,
    role_key: str,
    person: object,
    matched: dict[tuple[str, int], _PersonAcc],
    unmatched: dict[str, _PersonAcc],
) -> _PersonAcc:
    """The accumulator for a person as a row names them (role decides between namesakes)."""
    entry = book.person(person_key, role_key) if book else None
    if book is not None and entry is not None:
        index = book.people[person_key].index(entry)
        acc = matched.get((person_key, index))
        if acc is None:
            acc = matched[(person_key, index)] = _PersonAcc(entry.name)
        return acc
    acc = unmatched.get(person_key)
    if acc is None:
        acc = unmatched[person_key] = _PersonAcc(" ".join(str(person).split()))
    return acc


def _band(utilisation: float | None, demand: float, amber: float, red: float) -> str | None:
    if utilisation is None:
        return "Red" if demand > 0 else None
    pct = utilisation * 100
    return "Red" if pct > red else "Amber" if pct > amber else "Green"


def _role_grid(
    demand: dict[tuple[str, date], float],
    unnamed: dict[tuple[str, date], float],
    book: CapacityBook | None,
    role_names: dict[str, str],
    months: list[date],
    amber: float,
    red: float,
) -> list[RoleMonth]:
    role_keys: set[str] = {r for r, _ in demand}
    if book is not None:
        role_keys |= set(book.roles)
    grid: list[RoleMonth] = []
    for role_key in sorted(role_keys, key=lambda k: (role_names.get(k) or k).casefold()):
        capacity_by_month = book.roles.get(role_key, {}) if book else {}
        for month in months:
            asked = demand.get((role_key, month), 0.0)
            capacity: float | None = None
            if book is not None and month in book.months:
                capacity = capacity_by_month.get(month, 0.0)
            utilisation = asked / capacity if capacity else None
            band = _band(utilisation, asked, amber, red) if capacity is not None else None
            grid.append(
                RoleMonth(
                    role_names.get(role_key, role_key),
                    month,
                    asked,
                    unnamed.get((role_key, month), 0.0),
                    capacity,
                    utilisation,
                    band,
                )
            )
    return grid


def _over_allocations(
    matched: dict[tuple[str, int], _PersonAcc], book: CapacityBook
) -> list[OverAllocation]:
    over: list[OverAllocation] = []
    for (person_key, index), acc in matched.items():
        entry: PersonEntry = book.people[person_key][index]
        for month, asks in acc.months.items():
            if month not in book.months:
                continue  # the capacity workbook does not cover the month: not judged
            asked = sum(a.days for a in asks.values())
            available = entry.days.get(month)
            if asked > (available or 0.0) + 1e-9:
                over.append(
                    OverAllocation(
                        entry.name,
                        entry.role,
                        month,
                        asked,
                        available or 0.0,
                        sorted(asks.values(), key=lambda a: (-a.days, a.project_id)),
                        available is not None,
                    )
                )
    over.sort(key=lambda o: (o.person.casefold(), o.month))
    return over


def _unmatched(unmatched: dict[str, _PersonAcc], book: CapacityBook) -> list[UnmatchedPerson]:
    people: list[UnmatchedPerson] = []
    for person_key, acc in unmatched.items():
        per_project: dict[str, ProjectAsk] = {}
        for asks in acc.months.values():
            for ask in asks.values():
                total = per_project.setdefault(
                    ask.source, ProjectAsk(ask.project_id, ask.source, column=ask.column)
                )
                total.days += ask.days
                total.rows.extend(ask.rows)
        people.append(
            UnmatchedPerson(
                acc.name,
                sorted(acc.roles.values()),
                sum(p.days for p in per_project.values()),
                sorted(per_project.values(), key=lambda a: a.project_id),
                sorted(acc.months),
                book.ambiguous(person_key),
            )
        )
    people.sort(key=lambda u: u.name.casefold())
    return people
