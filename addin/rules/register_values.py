"""Cell values of the registers: required columns filled, dropdown values from the
standards' lists, scale values (probability, impact, severity) inside their scale.

The columns come from :mod:`addin.layout` (``required``, ``list_name``, ``scale``), the
allowed values from the standards, so a new list value or a wider scale needs no code.
"""

from __future__ import annotations

import difflib
import typing
from collections.abc import Iterator

from addin import layout
from addin.catalogue import RuleInfo, declare
from addin.findings import Finding
from addin.models import ITEM_MODELS
from addin.rules.base import RuleContext, check, clip, fmt

RAID_SCALE = declare(
    "RAID-003",
    "Probability, impact or severity out of range",
    "error",
    "raid",
    "A Probability, Impact, Residual Probability, Residual Impact (risks) or Severity "
    "(issues) is not a whole number on its scale (1-5 by default; scales in the standards).",
    "Enter a whole number on the scale, e.g. 1 (rare) to 5 (almost certain).",
)
RAID_LIST = declare(
    "RAID-008",
    "Value not in the list",
    "error",
    "raid",
    "A dropdown column of a RAID register (Category, Status, Response Type, Escalation "
    "Level, Direction...) holds a value that is not in the standards' list.",
    "Pick a value from the cell's dropdown (the lists are on the Lists sheet).",
)
RAID_REQUIRED = declare(
    "RAID-023",
    "Required field empty",
    "error",
    "raid",
    "A required column of a RAID register is empty (e.g. a risk's Title, Category, Raised "
    "Date, Status, Probability or Impact; a decision's Made By or Date). A closed item needs "
    "no Probability, Impact or Severity: it is no longer assessed.",
    "Fill the cell; the column's input message says what it expects.",
)
MS_LIST = declare(
    "MS-009",
    "Milestone value not in the list",
    "error",
    "milestones",
    "A milestone's Gate or Status is not a value of the standards' list.",
    "Pick a value from the cell's dropdown.",
)
MS_REQUIRED = declare(
    "MS-010",
    "Milestone required field empty",
    "error",
    "milestones",
    "A milestone has no name or no status.",
    "Fill the cell.",
)
FIN_LIST = declare(
    "FIN-010",
    "Finance value not in the list",
    "error",
    "finance",
    "A finance line's Category or CapEx/OpEx is not a value of the standards' list.",
    "Pick a value from the cell's dropdown.",
)
FIN_REQUIRED = declare(
    "FIN-011",
    "Finance line without month or cost line",
    "error",
    "finance",
    "A finance line has no Month or no Cost Line, so it cannot be phased or totalled by line.",
    "Enter the first day of the month (e.g. 01/04/2026) and the cost line's name.",
)

#: Register key -> (required code, list code, scale code or None).
_CODES: dict[str, tuple[RuleInfo, RuleInfo, RuleInfo | None]] = {
    "risks": (RAID_REQUIRED, RAID_LIST, RAID_SCALE),
    "assumptions": (RAID_REQUIRED, RAID_LIST, RAID_SCALE),
    "issues": (RAID_REQUIRED, RAID_LIST, RAID_SCALE),
    "dependencies": (RAID_REQUIRED, RAID_LIST, RAID_SCALE),
    "decisions": (RAID_REQUIRED, RAID_LIST, RAID_SCALE),
    "milestones": (MS_REQUIRED, MS_LIST, None),
    "finance": (FIN_REQUIRED, FIN_LIST, None),
}

#: Required columns that a dedicated rule reports with its own, more precise code.
_OWN_RULE = {
    "id",  # RAID-001
    "owner",  # RAID-006
    "counterparty_project_id",  # RAID-018
    "need_by",  # RAID-019
    "baseline_date",  # MS-005 / MS-006
    "capex_opex",  # FIN-009
}


@check(RAID_REQUIRED, MS_REQUIRED, FIN_REQUIRED)
def required(ctx: RuleContext) -> Iterator[Finding | None]:
    for key, (code, _, _) in _CODES.items():
        register = layout.REGISTERS_BY_KEY[key]
        columns = [
            (c.key, c)
            for c in register.columns
            if c.required and not c.computed and c.key not in _OWN_RULE
        ]
        items = ctx.items(key)
        if not items:
            continue
        closed = ctx.closed_flags(key) if key != "finance" else None
        texts = _TEXT_FIELDS[key]
        for column_key, column in columns:
            values = ctx.column(key, column_key)
            if None not in values and (
                all(map(str.strip, values)) if column_key in texts else True
            ):
                continue  # the usual case: the whole column is filled
            for index, value in enumerate(values):
                if value is not None and not _blank_text(value):
                    continue
                if closed is not None and closed[index] and column.kind == "scale":
                    continue  # a closed risk or issue is no longer scored
                yield ctx.item_finding(
                    code,
                    items[index],
                    column_key,
                    f"{column.name} is empty; it is required for every {register.item}",
                )


#: Register key -> its model's text fields (``str | None``: a value is None or a text).
_TEXT_FIELDS = {
    key: {
        name
        for name, info in ITEM_MODELS[key].model_fields.items()
        if set(typing.get_args(info.annotation)) == {str, type(None)}
    }
    for key in _CODES
}


def _blank_text(value: object) -> bool:
    """True for a text of spaces only (or none)."""
    return value.__class__ is str and not value.strip()


@check(RAID_LIST, MS_LIST, FIN_LIST)
def in_list(ctx: RuleContext) -> Iterator[Finding | None]:
    lists = ctx.standards.lists
    for key, (_, code, _) in _CODES.items():
        register = layout.REGISTERS_BY_KEY[key]
        columns: list[tuple[str, layout.Column, set[str]]] = [
            (c.key, c, {v.strip().casefold() for v in lists[c.list_name or ""]})
            for c in register.columns
            if c.list_name and c.list_name in lists
        ]
        items = ctx.items(key)
        for column_key, column, allowed in columns:
            values = ctx.column(key, column_key)
            # most values repeat: each distinct one is judged once
            wrong = {value for value in set(values) if _not_in(value, allowed)}
            if not wrong:
                continue
            options = lists[column.list_name or ""]
            choices = ", ".join(options)
            for item, value in zip(items, values, strict=True):
                if value is None or value not in wrong:
                    continue
                text = str(value).strip().casefold()
                yield ctx.item_finding(
                    code,
                    item,
                    column_key,
                    f"{column.name} {clip(fmt(value))!r} is not in the list"
                    f"{_did_you_mean(text, options)}; pick one of {choices}",
                    value=value,
                )


def _not_in(value: object, allowed: set[str]) -> bool:
    """True for a filled value that is not in the list (compared ignoring case and spaces)."""
    if value is None:
        return False
    text = str(value).strip().casefold()
    return bool(text) and text not in allowed


_YES_NO = {"true": "y", "yes": "y", "false": "n", "no": "n"}


def _did_you_mean(text: str, options: list[str]) -> str:
    """`` (did you mean 'Complete'?)`` for a near miss such as 'Completed'; else ''."""
    by_fold = {o.strip().casefold(): o for o in options}
    answer = _YES_NO.get(text)  # TRUE typed into a Y/N column
    if answer is not None and answer in by_fold:
        return f" (did you mean {by_fold[answer]!r}?)"
    close = difflib.get_close_matches(text, list(by_fold), n=1, cutoff=0.75)
    return f" (did you mean {by_fold[close[0]]!r}?)" if close else ""


@check(RAID_SCALE)
def on_scale(ctx: RuleContext) -> Iterator[Finding | None]:
    for key, (_, _, code) in _CODES.items():
        if code is None:
            continue
        register = layout.REGISTERS_BY_KEY[key]
        columns = [
            (c.key, c, getattr(ctx.standards.scales, c.scale)) for c in register.columns if c.scale
        ]
        items = ctx.items(key)
        for column_key, column, scale in columns:
            values = ctx.column(key, column_key)
            # a scale's values repeat (1 to 5): each distinct one is judged once
            off = {v for v in set(values) if v is not None and not scale.contains(v)}
            if not off:
                continue
            for item, value in zip(items, values, strict=True):
                if value is None or value not in off:
                    continue
                yield ctx.item_finding(
                    code,
                    item,
                    column_key,
                    f"{column.name} {fmt(value)} is outside {scale.min}-{scale.max}; "
                    f"enter a whole number {scale.min}-{scale.max}",
                    value=value,
                )
