"""Where the checked-in template lives, and rebuilding it."""

from __future__ import annotations

from pathlib import Path

from addin.standards import Standards
from addin.templates.builder import build_project_workbook

TEMPLATE_DIR_NAME = "workbook_templates"
TEMPLATE_FILE_NAME = "project.xlsx"


def checkout_template_dir() -> Path | None:
    """The repository's ``workbook_templates/`` when running from a checkout, else None."""
    repo = Path(__file__).resolve().parents[2]
    if (repo / "pyproject.toml").is_file() and (repo / "addin").is_dir():
        return repo / TEMPLATE_DIR_NAME
    return None


def build_template(out_dir: Path, standards: Standards) -> Path:
    """Build the empty template as ``out_dir/project.xlsx``; returns its path."""
    return build_project_workbook(Path(out_dir) / TEMPLATE_FILE_NAME, standards)
