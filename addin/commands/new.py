"""`pmo new`: a project workbook from the standard template, Project fields filled."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

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
from addin.version import TEMPLATE_ID, TEMPLATE_VERSION

#: Option (without dashes) -> Project field key, in the order the help lists them.
FIELD_OPTIONS: dict[str, str] = {
    "project-id": "project_id",
    "name": "project_name",
    "portfolio": "portfolio",
    "programme": "programme",
    "sponsor": "sponsor",
    "pm": "project_manager",
    "method": "delivery_method",
    "stage": "stage",
    "start": "start_date",
    "end": "planned_end_date",
    "report-date": "report_date",
    "currency": "currency",
}
_HELP = {
    "project-id": "Project ID (required for a project workbook), e.g. PRJ-0042.",
    "name": "Project Name.",
    "portfolio": "Portfolio.",
    "programme": "Programme.",
    "sponsor": "Sponsor.",
    "pm": "Project Manager.",
    "method": "Delivery Method, from the standards' list (e.g. Waterfall, Agile, Hybrid).",
    "stage": "Stage, from the standards' list.",
    "start": "Start Date, YYYY-MM-DD.",
    "end": "Planned End Date, YYYY-MM-DD (not before the start).",
    "report-date": "Report Date, YYYY-MM-DD.",
    "currency": "Currency, from the standards' list (e.g. GBP).",
}


F = TypeVar("F", bound=Callable[..., Any])


def _field_options(func: F) -> F:
    for option in reversed(FIELD_OPTIONS):
        func = click.option(
            f"--{option}",
            FIELD_OPTIONS[option],
            default=None,
            metavar="DATE" if option in ("start", "end", "report-date") else "TEXT",
            help=_HELP[option],
        )(func)
    return func


@click.command("new")
@click.argument("out", type=click.Path(path_type=Path))
@_field_options
@standards_option
@click.option("--force", is_flag=True, help="Overwrite OUT if it exists.")
@click.option(
    "--template",
    "template",
    type=click.Choice(["project", "capacity"]),
    default="project",
    show_default=True,
    help="Which workbook: a project workbook, or the EPMO's capacity workbook (SPEC 14).",
)
@json_option
def command(
    out: Path,
    standards_path: str | None,
    force: bool,
    as_json: bool,
    template: str = "project",
    **fields: str | None,
) -> None:
    """Create OUT.xlsx, a project workbook from the standard template with the Project
    fields filled from the options.

    \b
    Example:
      pmo new PRJ-0042.xlsx --project-id PRJ-0042 --name "New CRM" --portfolio Sales \\
        --pm "Ann Lee" --sponsor "Raj Patel" --method Agile --start 2026-01-05 --end 2026-12-18
      pmo new --template capacity capacity.xlsx
    """
    from addin.templates import create_project_workbook, header_from_values

    standards = get_standards(standards_path)
    if template == "capacity":
        from addin.commands.new_capacity import new_capacity

        new_capacity(out, standards, fields, force=force, as_json=as_json)
    header, problems = header_from_values(fields, standards)
    if problems:
        option_of = {key: option for option, key in FIELD_OPTIONS.items()}
        for problem in problems:
            click.echo(
                f"error: --{option_of.get(problem.key, problem.key)}: {problem.message}", err=True
            )
        click.echo("No workbook was written.", err=True)
        sys.exit(EXIT_USAGE)
    with exit_on_pmo_error():
        written = create_project_workbook(out, standards, header, overwrite=force)
    if as_json:
        print_json(
            {
                "output": str(written),
                "template_id": TEMPLATE_ID,
                "template_version": TEMPLATE_VERSION,
                "standards_version": standards.version,
                "project": header.model_dump(mode="json", exclude_none=True),
            }
        )
    else:
        click.echo(f"Wrote {written} for project {header.project_id}.")
        click.echo(
            "Open it in Excel and fill the Project sheet's remaining fields and the registers."
        )
    sys.exit(EXIT_OK)
