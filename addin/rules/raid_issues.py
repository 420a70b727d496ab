"""Issues: severe issues are escalated beyond the project."""

from __future__ import annotations

from collections.abc import Iterator

from addin.catalogue import declare
from addin.findings import Finding
from addin.rules.base import RuleContext, blank, check, fmt, same_text

NOT_ESCALATED = declare(
    "RAID-021",
    "Severe issue not escalated",
    "error",
    "raid",
    "An open issue of severity risk.escalate_severity_from (4 by default) or more has an "
    "empty Escalation Level or the lowest level (Project).",
    "Escalate it: set Escalation Level to Programme or higher and tell that board.",
)


@check(NOT_ESCALATED)
def severe_issue_escalated(ctx: RuleContext) -> Iterator[Finding | None]:
    threshold = ctx.standards.risk.escalate_severity_from
    lowest = ctx.standards.lists["escalation_level"][0]
    for issue, is_open, severity in zip(
        ctx.project.issues, ctx.open_flags("issues"), ctx.column("issues", "severity"), strict=True
    ):
        if severity is None or severity < threshold:
            continue
        if not is_open:
            continue
        level = issue.escalation_level
        if blank(level) or same_text(level, lowest):
            shown = "empty" if blank(level) else f"{str(level).strip()!r}"
            yield ctx.item_finding(
                NOT_ESCALATED,
                issue,
                "escalation_level",
                f"severity {fmt(issue.severity)} issue with Escalation Level {shown}; "
                f"issues of severity {threshold} or more must be escalated beyond {lowest}",
                value=level,
            )
