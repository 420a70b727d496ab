"""`pmo addin build|install`: the Excel add-in (PMO.xlam) with the PMO ribbon tab.

The bridge registers this command itself (the ``pmo.commands`` entry point in
pyproject.toml, loaded by ``addin/cli.py``), so the core never imports ``macros_bridge``.
The command only parses arguments; the build and the install live beside it in
``macros_bridge`` (neither imports xlwings).
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from addin.commands._options import EXIT_OK, EXIT_USAGE, json_option, print_json
from addin.errors import PmoError
from macros_bridge.install import ExcelUnavailableError, apply_install, plan_install
from macros_bridge.ribbon import buttons
from macros_bridge.xlam import build_xlam

DEFAULT_OUT = Path("dist") / "PMO.xlam"


@click.group("addin")
def command() -> None:
    """The Excel add-in: build PMO.xlam (any OS), install it with xlwings (Windows/macOS)."""


@command.command("build")
@click.option(
    "--out",
    "out",
    default=str(DEFAULT_OUT),
    show_default=True,
    type=click.Path(),
    help="The .xlam file to write, or a folder to write PMO.xlam into.",
)
@json_option
def build(out: str, as_json: bool) -> None:
    """Build the add-in: ribbon XML + VBA project from the sources in the repository."""
    try:
        result = build_xlam(Path(out))
    except (OSError, PmoError, ValueError) as exc:
        click.echo(f"error: cannot build the add-in at {out}: {exc}", err=True)
        sys.exit(EXIT_USAGE)
    if as_json:
        print_json(
            {
                "path": str(result.path),
                "size": result.size,
                "vba_modules": result.modules,
                "callbacks": result.callbacks,
                "buttons": [{"id": b.id, "label": b.label, "macro": b.macro} for b in buttons()],
            }
        )
    else:
        click.echo(f"Built {result.path} ({result.size:,} bytes).")
        click.echo(f"VBA modules: {', '.join(result.modules)}; ribbon buttons: {len(buttons())}.")
        click.echo("Install it in Excel with `pmo addin install` (Windows or macOS).")
    sys.exit(EXIT_OK)


@command.command("install")
@click.option("--dry-run", is_flag=True, help="Print what would be copied and set; change nothing.")
@click.option(
    "--addin",
    "addin_path",
    default=None,
    type=click.Path(dir_okay=False, exists=True),
    help="An already built PMO.xlam to install (default: build a fresh one into place).",
)
@click.option(
    "--startup-dir",
    default=None,
    type=click.Path(file_okay=False),
    help="Excel's start-up folder (default: the user's XLSTART folder).",
)
def install(dry_run: bool, addin_path: str | None, startup_dir: str | None) -> None:
    """Install xlwings' add-in and PMO.xlam into Excel and write the xlwings settings."""
    try:
        plan = plan_install(
            addin=Path(addin_path) if addin_path else None,
            startup_dir=Path(startup_dir) if startup_dir else None,
        )
    except ExcelUnavailableError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(EXIT_USAGE)
    except PmoError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(EXIT_USAGE)
    if dry_run:
        click.echo(f"Would install for Excel on {plan.platform}:")
        for line in plan.describe():
            click.echo(f"  {line}")
        sys.exit(EXIT_OK)
    try:
        done = apply_install(plan)
    except (OSError, PmoError) as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(EXIT_USAGE)
    for line in done:
        click.echo(line)
    click.echo("Restart Excel: the PMO tab appears on the ribbon.")
    sys.exit(EXIT_OK)
