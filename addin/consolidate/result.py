"""What a consolidation run returns: counts, totals, every file's fate, and its summary."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from addin.agile.portfolio import summary_line
from addin.capacity.summary import capacity_summary
from addin.consolidate.history_step import history_lines, lock_wait, lock_wait_line, store_json
from addin.findings import Finding
from addin.rollup.inputs import LoadEntry


@dataclass
class ConsolidationResult:
    """The outcome of :func:`~addin.consolidate.consolidate_folder`."""

    out: Path
    folder: Path
    as_of: date
    files: list[LoadEntry]
    projects: int
    rejected: int
    skipped: int
    loaded_with_findings: int
    findings_by_severity: dict[str, int]
    totals: dict[str, Any]
    parsed: int = 0  # files parsed this run (the rest came from the cache)
    from_cache: int = 0
    seconds: float = 0.0
    findings: list[Finding] = field(default_factory=list, repr=False)
    agile: list[dict[str, Any]] = field(default_factory=list)  # SPEC 16, per agile project
    agile_late_days: int = 14  # the standards' [agile] late_threshold_days, for the summary
    capacity: dict[str, Any] | None = None  # SPEC 14: roles, over_allocated, unknown_people
    history: Any = field(default=None, repr=False)  # addin.store.History when recorded
    store_error: str | None = None  # why the snapshot was not recorded

    @property
    def errors_found(self) -> bool:
        """True when any file was rejected or any finding is an error (exit code 1)."""
        return self.rejected > 0 or self.findings_by_severity.get("error", 0) > 0

    def to_json(self) -> dict[str, Any]:
        """The ``pmo consolidate --json`` shape (docs/consolidate.md)."""
        return {
            "out": str(self.out),
            "folder": str(self.folder),
            "as_of": self.as_of.isoformat(),
            "projects": self.projects,
            "loaded_with_findings": self.loaded_with_findings,
            "rejected": self.rejected,
            "skipped": self.skipped,
            "findings_by_severity": dict(self.findings_by_severity),
            "totals": dict(self.totals),
            "parsed": self.parsed,
            "from_cache": self.from_cache,
            "seconds": round(self.seconds, 3),
            "files": [entry.to_json() for entry in self.files],
            "agile": list(self.agile),
            "capacity": self.capacity,
            "store": store_json(self.history, self.store_error),
        }


def _money(value: float) -> str:
    if not math.isfinite(value):
        return "too large to add up (check the amounts in the Finance sheets)"
    if abs(value) >= 1e15:  # beyond Excel's 15 digits: an implausible amount, kept short
        return f"{value:.3g}"
    return f"{value:,.0f}"


def count_noun(count: int, noun: str) -> str:
    """``1 file``, ``2 files``: the summary's counts read as English."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def format_summary(result: ConsolidationResult) -> str:
    """The closing summary a person reads after a run."""
    t = result.totals
    sev = result.findings_by_severity
    lines = [
        f"Consolidated {result.folder} as of {result.as_of.isoformat()}: "
        f"{count_noun(len(result.files), 'file')} found.",
        f"  Projects in the roll-up: {result.projects}"
        f" ({result.loaded_with_findings} with findings)",
        f"  Rejected: {result.rejected}    Skipped: {result.skipped}",
        f"  Findings: {count_noun(sev.get('error', 0), 'error')}, "
        f"{count_noun(sev.get('warning', 0), 'warning')}, "
        f"{sev.get('info', 0)} info",
    ]
    if result.projects:
        pct = t.get("vac_pct")
        pct_text = f" ({pct:+.1%})" if isinstance(pct, float) else ""
        lines.append(
            f"  Budget {_money(t['bac'])}   Actual to date {_money(t['actual_to_date'])}   "
            f"EAC {_money(t['eac'])}   VAC {_money(t['vac'])}{pct_text}"
        )
        by_currency = t.get("by_currency", {})
        if len(by_currency) > 1:
            lines.append(
                "  Several currencies, NOT converted (the totals above add them): "
                + "; ".join(
                    f"{cur} budget {_money(m['bac'])} EAC {_money(m['eac'])}"
                    for cur, m in by_currency.items()
                )
            )
        risks = ", ".join(f"{n} {name}" for name, n in t.get("open_risks", {}).items() if n)
        lines.append(
            f"  Open risks: {risks or 'none'}   Open issues: {t.get('open_issues', 0)}   "
            f"Overdue items: {t.get('overdue_items', 0)}"
        )
    agile = summary_line(result.agile, result.agile_late_days)
    if agile:
        lines.append(agile)
    lines.extend(capacity_summary(result.capacity))
    problems = [e for e in result.files if e.status == "rejected"]
    problems += [e for e in result.files if e.status == "skipped" and "duplicate" in e.reason]
    if problems:
        lines.append("  Not in the roll-up:")
        shown = problems[:10]
        for entry in shown:
            lines.append(f"    {entry.file}: {entry.status} - {entry.reason}")
        if len(problems) > len(shown):
            lines.append(
                f"    ... and {len(problems) - len(shown)} more (see the Load Report sheet)"
            )
    cache = f" ({result.from_cache} from cache)" if result.from_cache else ""
    work = max(result.seconds - lock_wait(result.history, result.store_error), 0.0)
    lines.append(f"  Parsed {count_noun(result.parsed, 'file')}{cache} in {work:.1f} s.")
    lines.extend(lock_wait_line(result.history, result.store_error))
    lines.extend(history_lines(result.history, result.store_error))
    lines.append(f"Roll-up: {result.out}")
    return "\n".join(lines)
