"""The Dependencies Map pairs each inbound dependency with the counterparty's outbound one
and names every mismatch."""

from __future__ import annotations

from datetime import date

from addin.models import Dependency, ProjectData, ProjectHeader
from addin.reading.result import ReadResult
from addin.rollup.dependency_map import (
    COMMITTED_LATE,
    DATE_MISMATCH,
    MATCHED,
    NO_COUNTERPARTY,
    NO_INBOUND,
    NO_OUTBOUND,
    NOT_IN_ROLLUP,
    dependency_map_table,
    match_dependencies,
)
from addin.rollup.inputs import ProjectInput
from addin.rollup.payload import make_payload
from addin.standards import Standards

AS_OF = date(2026, 11, 30)


def _project(pid: str, deps: list[Dependency], standards: Standards) -> ProjectInput:
    data = ProjectData(header=ProjectHeader(project_id=pid), dependencies=deps)
    return ProjectInput(
        f"{pid}.xlsx", make_payload(ReadResult(f"{pid}.xlsx", data), standards, AS_OF)
    )


def _dep(
    id: str, direction: str, cp: str | None, deliverable: str, need: date, **kw: object
) -> Dependency:
    return Dependency(
        id=id,
        direction=direction,
        counterparty_project_id=cp,
        deliverable=deliverable,
        need_by=need,
        **kw,  # type: ignore[arg-type]
    )


def test_every_kind_of_match(standards: Standards) -> None:
    d1, d2 = date(2027, 1, 10), date(2027, 2, 1)
    a = _project(
        "A",
        [
            _dep("D-001", "Inbound", "B", "API", d1),  # B agrees
            _dep("D-002", "Inbound", "B", "Data", d1),  # B says another date
            _dep("D-003", "Inbound", "B", "Report", d1),  # B commits late
            _dep("D-004", "Inbound", "C", "Feed", d1),  # C lists nothing
            _dep("D-005", "Inbound", "ZZ", "Kit", d1),  # not in the roll-up
            _dep("D-006", "Inbound", None, "Thing", d1),  # nobody named
        ],
        standards,
    )
    b = _project(
        "B",
        [
            _dep("D-010", "Outbound", "A", "api", d1, committed_date=d1),  # case-insensitive
            _dep("D-011", "Outbound", "A", "Data", d2, committed_date=d1),
            _dep("D-012", "Outbound", "A", "Report", d1, committed_date=d2),
            _dep("D-013", "Outbound", "A", "Extra", d1),  # A does not list it
        ],
        standards,
    )
    c = _project("C", [], standards)
    rows = match_dependencies([a, b, c])
    found = {
        (r.project_id, r.dep.id): (r.match, r.counterparty_dep.id if r.counterparty_dep else None)
        for r in rows
    }
    assert found == {
        ("A", "D-001"): (MATCHED, "D-010"),
        ("A", "D-002"): (DATE_MISMATCH, "D-011"),
        ("A", "D-003"): (COMMITTED_LATE, "D-012"),
        ("A", "D-004"): (NO_OUTBOUND, None),
        ("A", "D-005"): (NOT_IN_ROLLUP, None),
        ("A", "D-006"): (NO_COUNTERPARTY, None),
        ("B", "D-013"): (NO_INBOUND, None),
    }
    table = dependency_map_table(rows)
    slack = {(r[0], r[1]): r[13] for r in table.rows}
    assert slack[("A", "D-003")] == -22  # committed 2027-02-01 for a need-by of 2027-01-10
    assert slack[("A", "D-001")] == 0
