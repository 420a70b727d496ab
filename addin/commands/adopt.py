"""`pmo adopt SRC`: turn a legacy register or tracker into a standard project workbook.

Exit codes (docs/adopt.md): 0 adopted, every mapping certain and every value converted;
1 adopted, but some mappings are low-confidence or some values/rows could not be
converted (see the report); 2 bad usage, unreadable file, or no register table found.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from addin.commands._options import (
    EXIT_DATA_ERRORS,
    EXIT_OK,
    EXIT_USAGE,
    get_standards,
    json_option,
    print_json,
    standards_option,
)
from addin.errors import PmoError

_PROJECT_OPTIONS = (
    ("project_id", "--project-id", "Project ID to use (the source's is used when it has one)."),
    ("project_name", "--name", "Project name to use."),
    ("project_manager", "--manager", "Project manager to use."),
    ("portfolio", "--portfolio", "Portfolio to use."),
    ("sponsor", "--sponsor", "Sponsor to use."),
)


@click.command("adopt")
@click.argument("src", type=click.Path(dir_okay=False))
@click.option(
    "--out",
    "out",
    metavar="OUT.xlsx",
    type=click.Path(dir_okay=False),
    default=None,
    help="The standard workbook to write (default: SRC.adopted.xlsx beside SRC).",
)
@click.option(
    "--mapping",
    "mapping",
    metavar="MAP.json",
    type=click.Path(dir_okay=False),
    default=None,
    help="Apply a saved (and maybe edited) mapping instead of detecting.",
)
@click.option(
    "--save-mapping",
    "save_mapping",
    metavar="MAP.json",
    type=click.Path(dir_okay=False),
    default=None,
    help="Where to save the mapping used (default: OUT.mapping.json).",
)
@click.option("--project-id", "project_id", default=None, help=_PROJECT_OPTIONS[0][2])
@click.option("--name", "project_name", default=None, help=_PROJECT_OPTIONS[1][2])
@click.option("--manager", "project_manager", default=None, help=_PROJECT_OPTIONS[2][2])
@click.option("--portfolio", "portfolio", default=None, help=_PROJECT_OPTIONS[3][2])
@click.option("--sponsor", "sponsor", default=None, help=_PROJECT_OPTIONS[4][2])
@click.option(
    "--year",
    "year",
    type=int,
    default=None,
    help="Year of month headers that have none (e.g. Jan..Dec).",
)
@click.option("--force", is_flag=True, help="Replace OUT if it exists.")
@standards_option
@json_option
def command(
    src: str,
    out: str | None,
    mapping: str | None,
    save_mapping: str | None,
    project_id: str | None,
    project_name: str | None,
    project_manager: str | None,
    portfolio: str | None,
    sponsor: str | None,
    year: int | None,
    force: bool,
    standards_path: str | None,
    as_json: bool,
) -> None:
    """Adopt the registers of a legacy workbook (RAID logs, risk/issue registers, milestone
    and finance trackers) into a standard project workbook, with a mapping report.

    SRC is only read. Exit 0: adopted with certain mappings; 1: adopted, but some mappings
    are low-confidence or some values could not be converted (review the report);
    2: bad usage, unreadable SRC, or no register table found.
    """
    from addin.adopt import adopt_file

    standards = get_standards(standards_path)
    overrides = {
        "project_id": project_id,
        "project_name": project_name,
        "project_manager": project_manager,
        "portfolio": portfolio,
        "sponsor": sponsor,
    }
    try:
        adoption = adopt_file(
            Path(src),
            Path(out) if out else None,
            standards,
            mapping_path=Path(mapping) if mapping else None,
            save_mapping_path=Path(save_mapping) if save_mapping else None,
            project_overrides={k: v for k, v in overrides.items() if v},
            force=force,
            year_hint=year,
        )
    except (PmoError, OSError) as exc:
        message = str(exc)
        if isinstance(exc, OSError) and not isinstance(exc, PmoError):
            message = f"cannot write {exc.filename or out or 'the output'}: {exc.strerror or exc}; choose another --out"
        if as_json:
            print_json({"source": src, "adopted": False, "error": message})
        else:
            click.echo(f"error: {message}", err=True)
        sys.exit(EXIT_USAGE)
    report = adoption.report
    if as_json:
        print_json(report.to_dict())
    else:
        for line in report.lines():
            click.echo(line)
    if not report.adopted_tables:
        if not as_json:
            click.echo("No register table found: nothing written.", err=True)
        sys.exit(EXIT_USAGE)
    sys.exit(EXIT_DATA_ERRORS if report.needs_review else EXIT_OK)
