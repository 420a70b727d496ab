"""`pmo templates build`: rebuild the standard project workbook from code."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from addin.commands._options import (
    EXIT_OK,
    EXIT_USAGE,
    exit_on_pmo_error,
    get_standards,
    json_option,
    print_json,
    standards_option,
)


@click.group("templates")
def command() -> None:
    """The standard workbooks (workbook_templates/project.xlsx and capacity.xlsx)."""


@command.command("build")
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Folder to write project.xlsx to (default: the checkout's workbook_templates/).",
)
@standards_option
@json_option
def build(out_dir: Path | None, standards_path: str | None, as_json: bool) -> None:
    """Rebuild project.xlsx and capacity.xlsx from the layouts and the standards."""
    from addin.capacity.template import build_capacity_template
    from addin.templates import build_template, checkout_template_dir

    standards = get_standards(standards_path)
    target_dir = out_dir or checkout_template_dir()
    if target_dir is None:
        click.echo(
            "error: not running from a source checkout, so there is no workbook_templates/ "
            "folder to rebuild; pass --out DIR",
            err=True,
        )
        sys.exit(EXIT_USAGE)
    with exit_on_pmo_error():
        written = build_template(target_dir, standards)
        capacity = build_capacity_template(target_dir, standards)
    if as_json:
        print_json(
            {
                "output": str(written),
                "standards_version": standards.version,
                "capacity_output": str(capacity),
            }
        )
    else:
        click.echo(f"Wrote {written} (standards {standards.meta.name} {standards.version}).")
        click.echo(f"Wrote {capacity} (the capacity workbook).")
    sys.exit(EXIT_OK)
