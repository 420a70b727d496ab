"""`pmo prioritise SOURCE`: rank the projects and select the best set within a budget
(docs/prioritise.md)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from addin.commands._options import (
    EXIT_DATA_ERRORS,
    EXIT_OK,
    as_of_option,
    exit_on_pmo_error,
    get_standards,
    json_option,
    parse_as_of,
    print_json,
    standards_option,
)


@click.command("prioritise")
@click.argument("source", type=click.Path(path_type=Path))
@click.option(
    "--budget",
    "budgets",
    multiple=True,
    metavar="AMOUNT",
    help="Funding available; repeat it, or give a range FROM:TO:STEP (e.g. 1e6:5e6:1e6), "
    "to compare selections side by side (default: the portfolio's funding envelope).",
)
@click.option("--portfolio", default=None, metavar="NAME", help="Only this portfolio's projects.")
@click.option("--require", multiple=True, metavar="ID", help="Force a project in (repeatable).")
@click.option("--exclude", multiple=True, metavar="ID", help="Leave a project out (repeatable).")
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    metavar="FILE.xlsx",
    help="Also write the live Prioritisation sheet (one per budget) to this workbook.",
)
@json_option
@as_of_option
@standards_option
def command(
    source: Path,
    budgets: tuple[str, ...],
    portfolio: str | None,
    require: tuple[str, ...],
    exclude: tuple[str, ...],
    out: Path | None,
    as_json: bool,
    as_of: str | None,
    standards_path: str | None,
) -> None:
    """Rank the projects of SOURCE (a folder of project workbooks, read as consolidate
    reads it, or a roll-up workbook) and select the best set within each budget.

    Exit code 0: done; 1: the mandatory (or required) projects alone exceed a budget;
    2: bad usage (no budget, a budget not above 0, several currencies, unreadable SOURCE).
    """
    from addin.prioritise.command import PrioritiseRequest, run_request

    day = parse_as_of(as_of)
    standards = get_standards(standards_path)
    request = PrioritiseRequest(
        source=source,
        budgets=list(budgets),
        portfolio=portfolio,
        require=list(require),
        exclude=list(exclude),
        out=out,
        as_of=day,
    )
    with exit_on_pmo_error():
        run = run_request(request, standards)
    from addin.prioritise.report import format_text, to_json

    if as_json:
        print_json(to_json(run))
    else:
        click.echo(format_text(run))
        if out is not None:
            click.echo(f"\nwritten: {out}")
    sys.exit(EXIT_DATA_ERRORS if run.infeasible else EXIT_OK)
