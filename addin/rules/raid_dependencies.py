"""Dependencies: who they are with, when they are needed, and whether the commitment fits."""

from __future__ import annotations

from collections.abc import Iterator

from addin.catalogue import declare
from addin.findings import Finding
from addin.rules.base import RuleContext, blank, check

NO_COUNTERPARTY = declare(
    "RAID-018",
    "Dependency without a counterparty",
    "error",
    "raid",
    "A dependency has no Counterparty Project ID, so the roll-up cannot match it to the "
    "other project's side.",
    "Enter the other project's ID (e.g. PRJ-0042), or EXTERNAL for a supplier.",
)
NO_NEED_BY = declare(
    "RAID-019",
    "Dependency without a need-by date",
    "error",
    "raid",
    "A dependency has no Need By date.",
    "Enter the date the deliverable is needed by.",
)
COMMITTED_LATE = declare(
    "RAID-020",
    "Dependency committed after it is needed",
    "warning",
    "raid",
    "An open dependency's Committed Date is after its Need By date (negative Slack Days).",
    "Agree an earlier commitment with the counterparty, or re-plan and move Need By.",
)


@check(NO_COUNTERPARTY, NO_NEED_BY)
def dependency_fields(ctx: RuleContext) -> Iterator[Finding | None]:
    for dep, counterparty, need_by in zip(
        ctx.project.dependencies,
        ctx.column("dependencies", "counterparty_project_id"),
        ctx.column("dependencies", "need_by"),
        strict=True,
    ):
        if blank(counterparty):
            yield ctx.item_finding(
                NO_COUNTERPARTY,
                dep,
                "counterparty_project_id",
                "no Counterparty Project ID; enter the other project's ID",
            )
        if need_by is None:
            yield ctx.item_finding(
                NO_NEED_BY, dep, "need_by", "no Need By date; enter when it is needed"
            )


@check(COMMITTED_LATE)
def committed_after_need_by(ctx: RuleContext) -> Iterator[Finding | None]:
    for dep, is_open, need_by, committed in zip(
        ctx.project.dependencies,
        ctx.open_flags("dependencies"),
        ctx.column("dependencies", "need_by"),
        ctx.column("dependencies", "committed_date"),
        strict=True,
    ):
        if need_by is None or committed is None:
            continue
        if committed > need_by and is_open:
            days = (committed - need_by).days
            yield ctx.item_finding(
                COMMITTED_LATE,
                dep,
                "committed_date",
                f"committed for {committed.isoformat()}, {days} days after it is "
                f"needed ({need_by.isoformat()}); agree an earlier date or re-plan",
                value=committed,
            )
