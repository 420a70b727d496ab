"""A new project workbook from the template, with the Project fields filled (``pmo new``)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from addin.layout import PROJECT_FIELDS, ProjectField
from addin.models import ProjectData, ProjectHeader
from addin.standards import Standards
from addin.templates.builder import build_project_workbook
from addin.templates.workbook_file import new_workbook_target

_FIELDS = {f.key: f for f in PROJECT_FIELDS}


@dataclass(frozen=True)
class FieldProblem:
    """A value given for a Project field that cannot be used, and why."""

    key: str  # ProjectHeader attribute, e.g. "start_date"
    message: str


def _date(value: object) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    try:
        return datetime.strptime(text, "%Y-%m-%d").date()
    except ValueError:
        raise ValueError(f"{text!r} is not a date like 2026-11-30") from None


def _list_value(field: ProjectField, value: object, standards: Standards) -> str:
    assert field.list_name is not None
    allowed = standards.lists[field.list_name]
    text = str(value).strip()
    for entry in allowed:
        if entry.casefold() == text.casefold():
            return entry
    raise ValueError(f"{text!r} is not one of the standards' values: {', '.join(allowed)}")


def _number(field: ProjectField, value: object, standards: Standards) -> float:
    try:
        number = float(str(value).strip())
    except ValueError:
        raise ValueError(f"{value!r} is not a number") from None
    scale = getattr(standards.scales, field.scale) if field.scale else None
    if scale is not None and not scale.contains(number):
        raise ValueError(f"{value!r} is not a whole number from {scale.min} to {scale.max}")
    return number


def header_from_values(
    values: Mapping[str, object], standards: Standards
) -> tuple[ProjectHeader, list[FieldProblem]]:
    """A project header from values keyed by ProjectHeader attribute (``project_id``,
    ``start_date``, ...). Dates may be ``YYYY-MM-DD`` text; list values are matched to the
    standards' lists ignoring case. Every problem is collected; None and "" are skipped."""
    problems: list[FieldProblem] = []
    data: dict[str, object] = {}
    for key, value in values.items():
        field = _FIELDS.get(key)
        if field is None:
            problems.append(FieldProblem(key, f"{key!r} is not a Project field"))
            continue
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        try:
            if field.kind == "date":
                data[key] = _date(value)
            elif field.kind == "list":
                data[key] = _list_value(field, value, standards)
            elif field.kind == "scale":
                data[key] = _number(field, value, standards)
            else:
                data[key] = str(value).strip()
        except ValueError as exc:
            problems.append(FieldProblem(key, f"{field.label}: {exc}"))
    if not data.get("project_id"):
        problems.append(FieldProblem("project_id", "Project ID: give the project's code"))
    start, end = data.get("start_date"), data.get("planned_end_date")
    if isinstance(start, date) and isinstance(end, date) and end < start:
        problems.append(
            FieldProblem(
                "planned_end_date",
                f"Planned End Date: {end.isoformat()} is before the Start Date {start.isoformat()}",
            )
        )
    return ProjectHeader.model_validate(data), problems


def create_project_workbook(
    path: Path, standards: Standards, header: ProjectHeader, *, overwrite: bool = False
) -> Path:
    """Write a new project workbook (the template with ``header`` filled) to ``path``.

    Raises :class:`UsageError` when ``path`` exists and ``overwrite`` is False, is a
    folder, or does not end in ``.xlsx``.
    """
    target = new_workbook_target(path, "project", overwrite=overwrite)
    return build_project_workbook(target, standards, ProjectData(header=header))
