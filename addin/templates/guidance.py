"""Input messages and validations of entry cells, from the layout and the standards."""

from __future__ import annotations

from datetime import date
from typing import Any

from addin.layout import Column, ProjectField
from addin.standards import Scale, Standards
from addin.templates import names

#: Dates before or after these are surely typing mistakes.
EARLIEST_DATE = date(1990, 1, 1)
LATEST_DATE = date(2100, 12, 31)

_TITLE_MAX = 32  # Excel's limits on an input message
_MESSAGE_MAX = 255


def _scale_text(scale: Scale) -> str:
    if scale.labels:
        steps = ", ".join(
            f"{value} {label}"
            for value, label in zip(range(scale.min, scale.max + 1), scale.labels, strict=True)
        )
        return f"A whole number from {scale.min} to {scale.max}: {steps}."
    return f"A whole number from {scale.min} to {scale.max}."


def _scale(standards: Standards, name: str | None) -> Scale | None:
    return getattr(standards.scales, name) if name else None


def input_message(
    entry: Column | ProjectField, standards: Standards, id_prefix: str | None = None
) -> str:
    """What a PM sees on selecting an entry cell: the standards' scale labels, else the
    layout's hint, else a line about the kind of value; then "Required." when it is."""
    parts: list[str] = []
    scale = _scale(standards, entry.scale)
    hint = entry.hint.strip()
    if entry.kind == "scale" and scale is not None:
        parts.append(_scale_text(scale))
        if not scale.labels and hint:
            parts.append(hint)
    elif hint:
        if entry.kind == "list":
            parts.append("Pick a value from the list.")
        parts.append(hint)
    elif entry.kind == "list":
        parts.append("Pick a value from the list.")
    elif entry.kind == "date":
        parts.append("A date, e.g. 30/11/2026.")
    elif entry.kind == "month":
        parts.append("The month, as its first day, e.g. 01/11/2026.")
    elif entry.kind == "money":
        parts.append("An amount in the project currency.")
    elif entry.kind == "id" and id_prefix:
        parts.append(f"A unique ID like {id_prefix}-001.")
    if entry.required:
        parts.append("Required.")
    return " ".join(parts)[:_MESSAGE_MAX]


def input_title(label: str) -> str:
    return label[:_TITLE_MAX]


def validation(
    entry: Column | ProjectField,
    standards: Standards,
    id_prefix: str | None = None,
    *,
    scale_dropdown: bool = True,
) -> dict[str, Any] | None:
    """The XlsxWriter data validation of an entry cell, with its input message.

    A scale cell is a dropdown of its levels (template version 2), or with
    ``scale_dropdown=False`` a whole-number check (version 1)."""
    label = entry.name if isinstance(entry, Column) else entry.label
    message = input_message(entry, standards, id_prefix)
    rule: dict[str, Any]
    scale = _scale(standards, entry.scale)
    if entry.kind == "list" and entry.list_name:
        rule = {
            "validate": "list",
            "source": f"={names.list_range_name(entry.list_name)}",
            "error_message": "Pick a value from the list (the EPMO standards' list).",
        }
    elif entry.kind == "scale" and scale is not None and scale_dropdown:
        rule = {
            "validate": "list",
            "source": [str(n) for n in range(scale.min, scale.max + 1)],
            "error_message": f"Pick a level from {scale.min} to {scale.max} (the EPMO's scale).",
        }
    elif entry.kind == "scale" and scale is not None:
        rule = {
            "validate": "integer",
            "criteria": "between",
            "minimum": scale.min,
            "maximum": scale.max,
            "error_message": f"Enter a whole number from {scale.min} to {scale.max}.",
        }
    elif entry.kind in ("date", "month"):
        rule = {
            "validate": "date",
            "criteria": "between",
            "minimum": EARLIEST_DATE,
            "maximum": LATEST_DATE,
            "error_message": "Enter a date, e.g. 30/11/2026.",
        }
    elif entry.kind in ("money", "number"):
        rule = {
            "validate": "decimal",
            "criteria": ">=",
            "value": 0,
            "error_type": "warning",
            "error_message": "Amounts are normally zero or more. Keep this value?",
        }
    elif message:
        rule = {"validate": "any"}
    else:
        return None
    if "error_message" in rule:
        rule["error_title"] = input_title(label)
    if message:
        rule["input_title"] = input_title(label)
        rule["input_message"] = message
    return rule
