"""`pmo new --template capacity OUT.xlsx`: the EPMO's capacity workbook (SPEC section 14)."""

from __future__ import annotations

import sys
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

import click

from addin.commands._options import EXIT_OK, EXIT_USAGE, exit_on_pmo_error, print_json

if TYPE_CHECKING:
    from addin.standards import Standards


def new_capacity(
    out: Path,
    standards: Standards,
    fields: Mapping[str, str | None],
    *,
    force: bool,
    as_json: bool,
) -> None:
    """Write the empty capacity template to ``out`` and exit."""
    from addin.capacity.layout import CAPACITY_TEMPLATE_ID, CAPACITY_TEMPLATE_VERSION
    from addin.capacity.template import create_capacity_workbook
    from addin.commands.new import FIELD_OPTIONS

    given = [option for option, key in FIELD_OPTIONS.items() if fields.get(key)]
    if given:
        click.echo(
            f"error: {', '.join('--' + g for g in given)}: a capacity workbook has no Project "
            "fields; drop them, or leave out --template capacity for a project workbook",
            err=True,
        )
        click.echo("No workbook was written.", err=True)
        sys.exit(EXIT_USAGE)
    with exit_on_pmo_error():
        written = create_capacity_workbook(out, standards, overwrite=force)
    if as_json:
        print_json(
            {
                "output": str(written),
                "template_id": CAPACITY_TEMPLATE_ID,
                "template_version": CAPACITY_TEMPLATE_VERSION,
                "standards_version": standards.version,
            }
        )
    else:
        click.echo(f"Wrote {written}, a capacity workbook.")
        click.echo(
            "Fill one row per person per month on its Capacity sheet (a row without a Person "
            "is a role's pooled capacity), check it with `pmo check`, and put it in the folder "
            "you consolidate (or pass it with --capacity)."
        )
    sys.exit(EXIT_OK)
