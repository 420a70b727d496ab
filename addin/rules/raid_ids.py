"""Item IDs: present, well formed, with the register's prefix, unique, and links that exist.

Applies to every register with an ID column (risks, assumptions, issues, dependencies,
decisions, milestones); IDs need only be unique within a workbook (SPEC section 3).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from addin import layout
from addin.catalogue import declare
from addin.findings import Finding
from addin.models import Item
from addin.rules.base import RuleContext, blank, check, clip, split_id

ID_REGISTERS = tuple(r.key for r in layout.REGISTERS if r.id_prefix)

MISSING_ID = declare(
    "RAID-001",
    "Item without an ID",
    "error",
    "raid",
    "A row of a register with an ID column (Risks, Assumptions, Issues, Dependencies, "
    "Decisions, Milestones) has no ID.",
    "Give the row the next free ID of its register (e.g. R-013; the PMO.NEXTID function finds it).",
)
DUPLICATE_ID = declare(
    "RAID-002",
    "Duplicate ID",
    "error",
    "raid",
    "Two rows of the same register carry the same ID (compared ignoring case and spaces).",
    "Give the later row the next free ID and update any links that meant it.",
)
MALFORMED_ID = declare(
    "RAID-004",
    "Malformed ID",
    "warning",
    "raid",
    "An ID is not in the PREFIX-number form, e.g. 'R4', 'Risk 4' or '004' instead of R-004.",
    "Rewrite it as PREFIX-number (R-004, A-002, I-010, D-001, DC-003, M-005).",
)
WRONG_PREFIX = declare(
    "RAID-005",
    "ID prefix does not match the register",
    "warning",
    "raid",
    "A well-formed ID carries another register's prefix, e.g. I-003 on the Risks sheet.",
    "Move the row to the right register, or renumber it with this register's prefix.",
)
UNKNOWN_LINK = declare(
    "RAID-022",
    "Linked ID does not exist",
    "warning",
    "raid",
    "Linked IDs (risks, assumptions, decisions) or an issue's Source Risk ID name an item "
    "that is not in this workbook.",
    "Correct the ID, add the missing item, or remove the link.",
)

_PREFIX_REGISTER = {r.id_prefix: r.key for r in layout.REGISTERS if r.id_prefix}
_SPLIT = re.compile(r"[,;/\s]+")


@check(MISSING_ID, MALFORMED_ID, WRONG_PREFIX, DUPLICATE_ID)
def ids(ctx: RuleContext) -> Iterator[Finding | None]:
    for key in ID_REGISTERS:
        register = layout.REGISTERS_BY_KEY[key]
        seen: dict[str, int | None] = {}
        plain = _PLAIN_ID[key]
        for item, raw in zip(ctx.items(key), ctx.column(key, "id"), strict=True):
            if raw.__class__ is str and plain(raw):
                # the usual ID: well formed, this register's prefix, no spaces
                norm = raw.upper()
                if norm in seen:
                    yield _duplicate(ctx, register, item, raw, seen[norm])
                else:
                    seen[norm] = item.source_row
                continue
            if blank(raw):
                yield ctx.item_finding(
                    MISSING_ID,
                    item,
                    "id",
                    f"this {register.item} has no ID; give it the next free "
                    f"{register.id_prefix}-number",
                )
                continue
            text = str(raw).strip()
            parts = split_id(text)
            if parts is None:
                yield ctx.item_finding(
                    MALFORMED_ID,
                    item,
                    "id",
                    f"ID {clip(text)!r} is not in the form {register.id_prefix}-001; rewrite it "
                    f"as {_suggest(text, register.id_prefix or '')}",
                    value=text,
                )
            elif parts[0] != register.id_prefix:
                yield ctx.item_finding(
                    WRONG_PREFIX,
                    item,
                    "id",
                    f"ID {clip(text)!r} has the prefix {parts[0]} on the {register.sheet} sheet; "
                    f"{register.sheet} IDs start with {register.id_prefix}-",
                    value=text,
                )
            norm = text.upper().replace(" ", "")
            if norm in seen:
                yield _duplicate(ctx, register, item, text, seen[norm])
            else:
                seen[norm] = item.source_row


def _duplicate(
    ctx: RuleContext, register: layout.Register, item: Item, text: str, first: int | None
) -> Finding | None:
    where = f" (first used in row {first})" if first else ""
    return ctx.item_finding(
        DUPLICATE_ID,
        item,
        "id",
        f"ID {text} is used twice on {register.sheet}{where}; give this row the next free ID",
        value=text,
    )


def _plain_id(prefix: str) -> Callable[[str], re.Match[str] | None]:
    """Matches an ID that :func:`split_id` splits into ``prefix`` and a number, exactly as
    typed (no spaces around it): ``R-004`` or ``r-4`` for the risks' ``R``."""
    letters = "".join(f"[{ch.upper()}{ch.lower()}]" for ch in prefix)
    return re.compile(rf"{letters}-\d+").fullmatch


_PLAIN_ID = {r.key: _plain_id(r.id_prefix) for r in layout.REGISTERS if r.id_prefix}


def _ids_in(ctx: RuleContext) -> dict[str, set[str]]:
    known: dict[str, set[str]] = {}
    for key in ID_REGISTERS:
        ids = {
            str(raw).strip().upper().replace(" ", "")
            for raw in set(ctx.column(key, "id"))
            if raw is not None
        }
        ids.discard("")  # a blank ID (and only a blank one: it is stripped first)
        known[key] = ids
    return known


@check(UNKNOWN_LINK)
def links(ctx: RuleContext) -> Iterator[Finding | None]:
    known = _ids_in(ctx)
    every = set().union(*known.values()) if known else set()
    for key, column in (
        ("risks", "linked_ids"),
        ("assumptions", "linked_ids"),
        ("decisions", "linked_ids"),
        ("issues", "source_risk_id"),
    ):
        for item, raw in zip(ctx.items(key), ctx.column(key, column), strict=True):
            if raw is None or blank(raw):
                continue
            missing = []
            for token in _SPLIT.split(str(raw).strip()):
                if not token:
                    continue
                parts = split_id(token)
                norm = token.upper()
                if parts is None:
                    missing.append(token)
                    continue
                target = "risks" if column == "source_risk_id" else _PREFIX_REGISTER.get(parts[0])
                if target and not ctx.has_register(target):
                    continue  # that register was not read (the reader reported why)
                pool = known.get(target, set()) if target else every
                if norm not in pool:
                    missing.append(token)
            if missing:
                names = ", ".join(missing)
                label = "Source Risk ID" if column == "source_risk_id" else "Linked IDs"
                yield ctx.item_finding(
                    UNKNOWN_LINK,
                    item,
                    column,
                    f"{label} names {names}, which is not in this workbook; correct the ID "
                    "or remove the link",
                    value=str(raw),
                )


def _suggest(text: str, prefix: str) -> str:
    """The ID a malformed one most likely means: ``"7"`` or ``"R7"`` -> ``R-007``."""
    digits = re.findall(r"\d+", text)
    if len(digits) == 1 and len(digits[0]) <= 6:
        return f"{prefix}-{int(digits[0]):03d}"
    return f"{prefix}- followed by a number, e.g. {prefix}-001"
