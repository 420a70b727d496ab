"""`pmo check FILE...`: check project workbooks against the standards (docs/check.md)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from addin.commands._options import (
    EXIT_USAGE,
    as_of_option,
    get_standards,
    json_option,
    parse_as_of,
    print_json,
    standards_option,
)
from addin.errors import UsageError

if TYPE_CHECKING:  # the checker loads when a check runs, not for `pmo --help`
    from addin.check import CheckReport

#: File types a folder argument expands to (non-recursive).
FOLDER_SUFFIXES = (".xlsx", ".xlsm", ".xls")


def expand(paths: tuple[str, ...]) -> list[Path]:
    """Files as given; a folder becomes the workbooks directly in it, sorted by name,
    without Excel lock files (``~$...``) and without earlier check copies (``*.checked.*``)."""
    files: list[Path] = []
    for text in paths:
        path = Path(text)
        if path.is_dir():
            files.extend(
                sorted(
                    p
                    for p in path.iterdir()
                    if p.is_file()
                    and p.suffix.lower() in FOLDER_SUFFIXES
                    and not p.name.startswith("~$")
                    and ".checked." not in p.name
                )
            )
        else:
            files.append(path)
    return files


@click.command("check")
@click.argument("files", nargs=-1, required=True, metavar="FILE...")
@as_of_option
@standards_option
@json_option
@click.option(
    "--report",
    "report_path",
    metavar="OUT.xlsx",
    type=click.Path(dir_okay=False),
    help="Also write the findings to a separate workbook.",
)
@click.option(
    "--min-severity",
    type=click.Choice(["error", "warning", "info"]),
    default="info",
    show_default=True,
    help="Show only findings of this severity or worse (the exit code still counts errors).",
)
def command(
    files: tuple[str, ...],
    as_of: str | None,
    standards_path: str | None,
    as_json: bool,
    report_path: str | None,
    min_severity: str,
) -> None:
    """Check project workbooks: every finding with its code, cell and fix.

    A capacity workbook (`pmo new --template capacity`) gets its own checks (CAP-101..105). FILE
    may be a folder: the workbooks directly in it are checked. Files are only
    read, never changed. Exit 0: no errors; 1: errors in the data; 2: bad usage or a
    file that could not be read.
    """
    day = parse_as_of(as_of)
    standards = get_standards(standards_path)
    from addin.check import check_file
    from addin.check_output import exit_code, json_document, text_lines, totals_line

    paths = expand(files)
    if not paths:
        folders = [f for f in files if Path(f).is_dir()]
        named = [f for f in folders if Path(f).suffix.lower() in FOLDER_SUFFIXES]
        what = (
            f"{named[0]} is a folder, not a workbook, and holds no workbooks"
            if named
            else "no workbooks found in " + ", ".join(files)
        )
        click.echo(f"error: {what}", err=True)
        sys.exit(EXIT_USAGE)
    reports: list[CheckReport] = []
    for path in paths:
        report = check_file(path, standards, day)
        reports.append(report)
        if not as_json:
            click.echo("\n".join(text_lines(report, min_severity)))
    code = exit_code(reports)
    if report_path:
        from addin.check_workbook import write_report

        try:
            written = write_report(
                Path(report_path),
                reports,
                as_of=day,
                standards_version=standards.version,
                min_severity=min_severity,
            )
        except (UsageError, OSError) as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(EXIT_USAGE)
        if not as_json:
            click.echo(f"Wrote the findings to {written}.")
    if as_json:
        print_json(
            json_document(
                reports,
                as_of=day,
                standards_version=standards.version,
                exit_code=code,
                min_severity=min_severity,
            )
        )
    elif len(reports) > 1:
        click.echo(totals_line(reports))
    sys.exit(code)
