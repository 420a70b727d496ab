"""The standard project workbook, built by code (SPEC section 3).

:func:`build_project_workbook` writes the empty template or a filled project workbook;
:func:`build_template` rebuilds ``workbook_templates/project.xlsx``;
:func:`create_project_workbook` is ``pmo new`` (Project fields from options).
"""

from addin.templates.builder import build_project_workbook, write_project_workbook
from addin.templates.location import (
    TEMPLATE_FILE_NAME,
    build_template,
    checkout_template_dir,
)
from addin.templates.new_project import (
    FieldProblem,
    create_project_workbook,
    header_from_values,
)

__all__ = [
    "TEMPLATE_FILE_NAME",
    "FieldProblem",
    "build_project_workbook",
    "build_template",
    "checkout_template_dir",
    "create_project_workbook",
    "header_from_values",
    "write_project_workbook",
]
