"""`pmo upgrade PATH...`: bring project workbooks to the current template (docs/upgrade.md)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from addin.commands._options import (
    EXIT_USAGE,
    get_standards,
    json_option,
    print_json,
    standards_option,
)

#: A batch this long shows a progress bar (on a terminal, without --json).
PROGRESS_FROM = 10


@click.command("upgrade")
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option(
    "--in-place",
    "in_place",
    is_flag=True,
    help="Replace each workbook, keeping its original under .pmo-backup/ beside it.",
)
@click.option(
    "--out",
    "out_dir",
    metavar="DIR",
    type=click.Path(file_okay=False),
    help="Write the upgraded workbooks to DIR (same sub-folders); the sources are untouched.",
)
@click.option("--dry-run", "dry_run", is_flag=True, help="Say what would happen; write nothing.")
@click.option(
    "--force",
    is_flag=True,
    help="Upgrade even when something cannot be carried (that piece is left out, and named).",
)
@standards_option
@json_option
def command(
    paths: tuple[str, ...],
    in_place: bool,
    out_dir: str | None,
    dry_run: bool,
    force: bool,
    standards_path: str | None,
    as_json: bool,
) -> None:
    """Upgrade project workbooks (files or folders, recursively) to the current template
    version, keeping everything the PM added."""
    from addin.upgrade import upgrade_paths
    from addin.upgrade.batch import Mode

    if in_place and out_dir:
        click.echo("error: choose one of --in-place and --out DIR, not both", err=True)
        sys.exit(EXIT_USAGE)
    if not (in_place or out_dir or dry_run):
        click.echo(
            "error: say where the upgraded workbooks go: --in-place (originals kept under "
            ".pmo-backup/), --out DIR, or --dry-run to see what would change",
            err=True,
        )
        sys.exit(EXIT_USAGE)
    missing = [p for p in paths if not Path(p).exists()]
    if missing:
        click.echo(f"error: no such file or folder: {', '.join(missing)}", err=True)
        sys.exit(EXIT_USAGE)
    standards = get_standards(standards_path)
    mode: Mode = "dry_run" if dry_run else ("in_place" if in_place else "out")
    progress, close = _progress(enabled=not as_json and sys.stderr.isatty())
    try:
        report = upgrade_paths(
            [Path(p) for p in paths],
            standards,
            mode=mode,
            out_dir=Path(out_dir) if out_dir and not dry_run else None,
            force=force,
            progress=progress,
        )
    finally:
        close()
    if as_json:
        print_json(report.to_json())
    else:
        for result in report.files:
            versions = (
                f"v{result.from_version} -> v{result.to_version}"
                if result.from_version
                and result.to_version
                and result.from_version != result.to_version
                else (f"v{result.from_version}" if result.from_version else "")
            )
            shown: str = result.status
            if report.mode == "dry_run" and shown == "upgraded":
                shown = "would upgrade"
            line = f"{shown:9} {result.path}"
            if versions:
                line += f"  ({versions})"
            if result.reason:
                line += f": {result.reason}"
            click.echo(line)
        click.echo(report.summary())
        if report.mode == "in_place" and report.count("upgraded"):
            click.echo(f"Originals kept under {'.pmo-backup'}/ beside each upgraded workbook.")
    sys.exit(report.exit_code)


def _progress(enabled: bool) -> tuple[Any, Any]:
    """A click progress bar on stderr for long batches (only on a terminal)."""
    state: dict[str, Any] = {"bar": None, "done": 0}

    def progress(done: int, total: int, name: str) -> None:
        if not enabled or total < PROGRESS_FROM:
            return
        if state["bar"] is None:
            bar: Any = click.progressbar(
                length=total,
                label="Upgrading workbooks",
                file=sys.stderr,
                show_pos=True,
                item_show_func=lambda item: item,
            )
            bar.__enter__()
            state["bar"] = bar
        state["bar"].update(done - state["done"], name)
        state["done"] = done

    def close() -> None:
        if state["bar"] is not None:
            state["bar"].__exit__(None, None, None)

    return progress, close
