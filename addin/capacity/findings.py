"""CAP-001..003: the portfolio findings of the capacity view, each at a tblResources cell
behind it: CAP-001 once per person and month, at the Person cell of the project asking
most, with every project's days and Person cells in its message; CAP-002 at the Role cell
of the project asking most of the role; CAP-003 at each asking project's Person cell."""

from __future__ import annotations

from addin.capacity import codes
from addin.capacity.compute import ROLE_PROJECTS_SHOWN, CapacityView, ProjectAsk
from addin.catalogue import RuleInfo, make_finding
from addin.findings import Finding
from addin.standards import Standards

#: Projects whose cells a CAP-001 message names (the Capacity sheet names them all).
PROJECTS_WITH_CELLS = 10


def _days(value: float) -> str:
    return f"{value:g}"


def split_ref(ref: str | None) -> tuple[str | None, str | None]:
    """``"'My Sheet'!A5"`` -> ``("My Sheet", "A5")``; (None, None) without a reference."""
    if not ref:
        return None, None
    sheet, _, cell = ref.rpartition("!")
    if sheet.startswith("'") and sheet.endswith("'"):
        sheet = sheet[1:-1].replace("''", "'")
    return sheet or None, cell or None


def _first_cells(ask: ProjectAsk, shown: int = 3) -> str:
    """``"Resources!B2, Resources!B7 ..."``: the first cells of an ask, "..." for more."""
    return ", ".join(ask.cells(shown)) + (" ..." if len(ask.rows) > shown else "")


def _listed(asks: list[ProjectAsk], limit: int | None = None) -> str:
    shown = asks if limit is None else asks[:limit]
    text = ", ".join(f"{a.project_id or a.source} {_days(a.days)} d" for a in shown)
    if limit is not None and len(asks) > limit:
        text += f" and {len(asks) - limit} more"
    return text


def capacity_findings(view: CapacityView, standards: Standards) -> list[Finding]:
    found: list[Finding] = []

    def add(info: RuleInfo, ask: ProjectAsk, message: str, value: object) -> None:
        sheet, cell = split_ref(next(iter(ask.cells(1)), None))
        finding = make_finding(
            info,
            standards,
            message,
            file=ask.source,
            sheet=sheet,
            cell=cell,
            register="resources",
            value=value,
        )
        if finding is not None:
            found.append(finding)

    for over in view.over_allocated:
        available = (
            f"{_days(over.capacity)} available days"
            if over.has_row
            else "no row for that month in the capacity workbook (0 days)"
        )
        where = "; ".join(
            f"{a.project_id or a.source} {_first_cells(a) or 'Resources'}"
            for a in over.projects[:PROJECTS_WITH_CELLS]
        )
        add(
            codes.PERSON_OVER,
            over.projects[0],
            f"{over.person} ({over.role}) is asked for {_days(over.demand)} days in "
            f"{over.month:%Y-%m} across {len(over.projects)} project(s) "
            f"({_listed(over.projects)}) but has {available}; rows: {where}"
            + (" and more (Capacity sheet)" if len(over.projects) > PROJECTS_WITH_CELLS else ""),
            over.demand,
        )
    for line in view.roles:
        if line.capacity is None or line.demand <= line.capacity + 1e-9:
            continue
        asks = view.role_asks.get((_role_key(line.role), line.month), [])
        if not asks:
            continue
        limit = (
            f"its capacity of {_days(line.capacity)} days"
            if line.capacity
            else "no capacity at all in the capacity workbook"
        )
        add(
            codes.ROLE_OVER,
            asks[0],
            f"Role {line.role} is asked for {_days(line.demand)} days in {line.month:%Y-%m}, "
            f"over {limit}"
            + (f" ({line.utilisation:.0%})" if line.utilisation is not None else "")
            + f"; largest asks: {_listed(asks, ROLE_PROJECTS_SHOWN)}",
            line.demand,
        )
    for person in view.unknown:
        for ask in person.projects:
            why = (
                "matches more than one person in the capacity workbook (the same name in "
                "several roles) and its role names none of them"
                if person.ambiguous
                else "is not in the capacity workbook"
            )
            add(
                codes.UNKNOWN_PERSON,
                ask,
                f"{person.name} ({', '.join(person.roles)}) {why}; this project asks "
                f"{_days(ask.days)} days ({_first_cells(ask) or 'its Resources sheet'}"
                "); the days count in the role's demand only",
                person.name,
            )
    return found


def _role_key(role: str) -> str:
    from addin.capacity.names import name_key

    return name_key(role) if role != "(no role)" else ""
