"""Owners: every RAID item and milestone has a named owner, not a placeholder like TBC."""

from __future__ import annotations

import re
from collections.abc import Iterator

from addin import layout
from addin.catalogue import declare
from addin.findings import Finding
from addin.rules.base import RuleContext, blank, check

OWNER_REGISTERS = tuple(r.key for r in layout.REGISTERS if any(c.key == "owner" for c in r.columns))

MISSING_OWNER = declare(
    "RAID-006",
    "Owner missing",
    "error",
    "raid",
    "A risk, assumption, issue, dependency or milestone has no Owner.",
    "Enter the name of the person accountable for it.",
)
PLACEHOLDER_OWNER = declare(
    "RAID-007",
    "Placeholder owner",
    "warning",
    "raid",
    "The Owner is a placeholder that means nobody (TBC, TBD, n/a...; the list is "
    "risk.placeholder_owners in the standards).",
    "Replace the placeholder with a named person.",
)


def _norm(text: str) -> str:
    return re.sub(r"[\s.]", "", text).casefold()


@check(MISSING_OWNER, PLACEHOLDER_OWNER)
def owners(ctx: RuleContext) -> Iterator[Finding | None]:
    placeholders = {_norm(p) for p in ctx.standards.risk.placeholder_owners}
    for key in OWNER_REGISTERS:
        item_name = layout.REGISTERS_BY_KEY[key].item
        owners = ctx.column(key, "owner")
        # owners repeat (a project has a dozen people): each distinct one is judged once
        wrong = {o for o in set(owners) if blank(o) or _norm(str(o)) in placeholders}
        if not wrong:
            continue
        for item, owner in zip(ctx.items(key), owners, strict=True):
            if owner not in wrong:
                continue
            if blank(owner):
                yield ctx.item_finding(
                    MISSING_OWNER,
                    item,
                    "owner",
                    f"this {item_name} has no owner; enter the person accountable for it",
                )
            elif _norm(str(owner)) in placeholders:
                yield ctx.item_finding(
                    PLACEHOLDER_OWNER,
                    item,
                    "owner",
                    f"owner {str(owner).strip()!r} is a placeholder; name the person accountable",
                    value=owner,
                )
