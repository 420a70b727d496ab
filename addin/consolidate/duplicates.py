"""Duplicate Project IDs: every workbook sharing an ID is flagged; the roll-up uses one.

The one used: the latest report date, then the newest template version, then the first
in path order. The Load Report says which one and why.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar

from addin.consolidate import codes
from addin.rollup.inputs import LoadEntry
from addin.rollup.payload import ProjectPayload


class HasEntry(Protocol):
    @property
    def entry(self) -> LoadEntry: ...


C = TypeVar("C", bound=HasEntry)


def settle_duplicates(
    readable: list[tuple[C, ProjectPayload]],
    add_finding: Callable[..., None],
) -> list[tuple[C, ProjectPayload]]:
    """Keep one workbook per Project ID: latest report date, then newest template
    version, then path order. Every workbook of a duplicate ID gets a finding."""
    groups: dict[str, list[tuple[C, ProjectPayload]]] = {}
    used = []
    for pair in readable:
        pid = pair[1].project_id.strip().casefold()
        if not pid:
            used.append(pair)
            continue
        groups.setdefault(pid, []).append(pair)
    for group in groups.values():
        if len(group) == 1:
            used.append(group[0])
            continue
        ranked = sorted(group, key=_rank)
        winner, losers = ranked[0], ranked[1:]
        pid_text = winner[1].project_id
        used.append(winner)
        names = ", ".join(c.entry.file for c, _ in losers)
        winner[0].entry.reason = (
            f"duplicate Project ID {pid_text} (also in {names}); this file was used: "
            + "; ".join(_why(winner[1], r) for _, r in losers)
        )
        for candidate, result in losers:
            candidate.entry.status = "skipped"
            candidate.entry.reason = (
                f"duplicate Project ID {pid_text}: the roll-up used {winner[0].entry.file} "
                f"instead ({_why(winner[1], result)})"
            )
        spellings = {r.project_id for _, r in group}
        spelled = (
            " (written "
            + ", ".join(f"{r.project_id!r} in {c.entry.file}" for c, r in group)
            + ": IDs that differ only by case or spaces are the same project)"
            if len(spellings) > 1
            else ""
        )
        for candidate, _ in group:
            others = ", ".join(c.entry.file for c, _ in group if c is not candidate)
            add_finding(
                codes.DUPLICATE_ID,
                candidate.entry.file,
                f"Project ID {pid_text} is also used by {others}; the roll-up used "
                f"{winner[0].entry.file}{spelled}",
                register="project",
                item_id=pid_text,
            )
    return used


def _rank(pair: tuple[HasEntry, ProjectPayload]) -> tuple[int, int, str]:
    header, meta = pair[1].header, pair[1].meta
    report = header.report_date.toordinal() if header.report_date else 0
    return (-report, -(meta.template_version or 0), pair[0].entry.file)


def _why(winner: ProjectPayload, loser: ProjectPayload) -> str:
    wd, ld = winner.header.report_date, loser.header.report_date
    if wd != ld:
        lt = ld.isoformat() if ld else "none"
        return f"its report date {wd.isoformat() if wd else 'none'} is later than {lt}"
    wv, lv = winner.meta.template_version, loser.meta.template_version
    if wv != lv:
        return f"its template version {wv} is newer than {lv}"
    return "same report date and template version, so the first in path order"


__all__ = ["settle_duplicates"]
