"""`pmo standards`: write the built-in standards for the EPMO to edit, or check a file."""

from __future__ import annotations

import sys

import click

from addin.commands._options import EXIT_OK, EXIT_USAGE, json_option, print_json
from addin.errors import StandardsError


@click.group("standards")
def command() -> None:
    """The EPMO's standards: lists, thresholds, score bands and rule severities."""


@command.command("init")
@click.argument("path", default="pmo-standards.toml", type=click.Path(dir_okay=False))
@click.option("--force", is_flag=True, help="Overwrite an existing file.")
def init(path: str, force: bool) -> None:
    """Write the built-in standards to PATH (default pmo-standards.toml) for editing."""
    from addin.standards import write_default_standards

    try:
        written = write_default_standards(path, overwrite=force)
    except StandardsError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(EXIT_USAGE)
    click.echo(f"Wrote the default standards to {written}.")
    click.echo(f"Edit it, then use it with --standards {written} (or set PMO_STANDARDS).")
    sys.exit(EXIT_OK)


@command.command("show")
@click.argument("path", required=False, type=click.Path(dir_okay=False))
@json_option
def show(path: str | None, as_json: bool) -> None:
    """Check a standards file (or the built-in one) and print what it sets."""
    from addin.standards import load_standards

    try:
        standards = load_standards(path)
    except StandardsError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(EXIT_USAGE)
    if as_json:
        print_json(standards.model_dump(mode="json"))
    else:
        click.echo(f"{standards.meta.name}, version {standards.version}: valid.")
        bands = ", ".join(f"{b.name} {b.min}-{b.max}" for b in standards.score_bands)
        click.echo(f"Score bands: {bands}")
        click.echo(
            f"Cost RAG: Amber over {standards.cost_rag.amber_overrun_pct:g}% overrun, "
            f"Red over {standards.cost_rag.red_overrun_pct:g}%"
        )
        click.echo(
            f"Stale: report older than {standards.staleness.report_days} days, "
            f"item not updated for {standards.staleness.item_days} days"
        )
        click.echo(f"Lists: {', '.join(sorted(standards.lists))}")
    sys.exit(EXIT_OK)
