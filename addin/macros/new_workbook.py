"""Ribbon "New workbook": a project workbook from the standard template.

Asks where to save it (unless ``ctx.options["path"]`` says), takes Project fields from
``ctx.options`` (ProjectHeader keys such as ``project_id``, ``project_name``,
``start_date``), builds the workbook and opens it for the user.
"""

from __future__ import annotations

from pathlib import Path

from addin.errors import PmoError
from addin.macros.context import MacroContext, MacroResult
from addin.models import ProjectHeader

PROMPT = "Save the new project workbook as"


def run(ctx: MacroContext) -> MacroResult:
    """Build a new project workbook and open it."""
    from addin.templates import create_project_workbook, header_from_values

    given = ctx.options.get("path")
    path = Path(given) if given else ctx.ask_path("save_workbook", PROMPT)
    if path is None:
        return MacroResult("No workbook created: no file was chosen.", ok=False)
    if path.suffix.lower() != ".xlsx":
        path = path.with_name(path.name + ".xlsx")
    values = {k: v for k, v in ctx.options.items() if k in ProjectHeader.model_fields}
    if not values.get("project_id"):
        values["project_id"] = path.stem  # the file name is the natural project code
    header, problems = header_from_values(values, ctx.standards)
    if problems:
        return MacroResult(
            "No workbook created: " + "; ".join(p.message for p in problems), ok=False
        )
    try:
        written = create_project_workbook(
            path, ctx.standards, header, overwrite=bool(ctx.options.get("overwrite"))
        )
    except PmoError as exc:
        return MacroResult(f"No workbook created: {exc}", ok=False)
    ctx.open_workbook(written)
    return MacroResult(
        f"Created {written.name} for project {header.project_id}: fill the Project sheet, "
        "then the registers.",
        output=written,
        data={"project_id": header.project_id},
    )
