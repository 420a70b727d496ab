"""`pmo history list|diff|import|export`: the portfolio store's snapshots (docs/store.md)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from addin.commands._options import (
    EXIT_OK,
    EXIT_USAGE,
    get_standards,
    json_option,
    parse_date_option,
    print_json,
    standards_option,
)


def store_option(func: Any) -> Any:
    return click.option(
        "--store",
        "store",
        metavar="FILE-OR-URL",
        default=None,
        help="The store: a file, sqlite:///PATH or postgresql+psycopg://USER@HOST/DB "
        "(default: $PMO_STORE, else portfolio-history.sqlite beside the last roll-up).",
    )(func)


def _open(store: str | None, *, create: bool = False) -> Any:
    import os

    from addin.store import ENV_VAR, Store, StoreError

    rollup = None
    if not store and not os.environ.get(ENV_VAR):
        from addin.consolidate import last_rollup_path

        rollup = last_rollup_path()
    try:
        return Store.open(store, rollup=rollup, create=create)
    except StoreError as exc:
        _fail(str(exc))


def _fail(message: str) -> None:
    click.echo(f"error: {message}", err=True)
    sys.exit(EXIT_USAGE)


@click.group("history")
def command() -> None:
    """The portfolio store: list snapshots, what changed, import old roll-ups, export."""


@command.command("list")
@store_option
@json_option
def list_command(store: str | None, as_json: bool) -> None:
    """List the store's snapshots, oldest first."""
    from addin.store import StoreError

    opened = _open(store)
    try:
        snaps = opened.snapshots()
    except StoreError as exc:
        _fail(str(exc))
    if as_json:
        print_json({"store": opened.shown, "snapshots": [s.to_json() for s in snaps]})
    else:
        click.echo(f"Store {opened.shown}: {len(snaps)} snapshot{'' if len(snaps) == 1 else 's'}")
        for s in snaps:
            click.echo(f"  {s.as_of.isoformat()}  {s.projects:5d} projects  {s.origin or ''}")
    sys.exit(EXIT_OK)


@command.command("diff")
@store_option
@click.option("--from", "from_", metavar="YYYY-MM-DD", default=None, help="The earlier snapshot.")
@click.option("--to", "to", metavar="YYYY-MM-DD", default=None, help="The later snapshot.")
@standards_option
@json_option
def diff_command(
    store: str | None, from_: str | None, to: str | None, standards_path: str | None, as_json: bool
) -> None:
    """What changed between two snapshots (default: the last two)."""
    from addin.store import StoreError, diff_snapshots

    d1, d2 = parse_date_option(from_, "--from"), parse_date_option(to, "--to")
    standards = get_standards(standards_path)
    opened = _open(store)
    try:
        diff = diff_snapshots(opened, standards, d1, d2)
    except StoreError as exc:
        _fail(str(exc))
    if as_json:
        print_json({"store": opened.shown, **diff.to_json()})
        sys.exit(EXIT_OK)
    click.echo(f"Changes from {diff.from_date} to {diff.to_date}: {diff.total}")
    for pid, _name, area, item, field, old, new, delta in diff.rows:
        what = f"{pid} {area}" + (f" {item}" if item else "") + f" {field}"
        move = f"{_text(old)} -> {_text(new)}" + (f" ({delta:+,})" if delta is not None else "")
        click.echo(f"  {what}: {move}")
    sys.exit(EXIT_OK)


def _text(value: object) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:,.0f}"
    return str(value)


@command.command("import")
@click.argument("rollups", nargs=-1, required=True, type=click.Path(path_type=Path))
@store_option
@click.option("--replace", is_flag=True, help="Replace a snapshot of the same as-of date.")
@json_option
def import_command(
    rollups: tuple[Path, ...], store: str | None, replace: bool, as_json: bool
) -> None:
    """Backfill snapshots from roll-up workbooks written before the store existed."""
    from addin.store import NotARollupError, StoreError
    from addin.store.importer import snapshot_from_rollup

    opened = _open(store, create=True)
    imported, skipped, refused = [], [], []
    try:
        have = {s.as_of for s in opened.snapshots()}
        for path in rollups:
            try:
                data = snapshot_from_rollup(path)
            except NotARollupError as exc:
                refused.append({"file": str(path), "reason": str(exc)})
                continue
            if data.as_of in have and not replace:
                skipped.append(
                    {
                        "file": str(path),
                        "as_of": data.as_of.isoformat(),
                        "reason": "the store already holds this as-of date (--replace to overwrite)",
                    }
                )
                continue
            opened.write_snapshot(data)
            have.add(data.as_of)
            imported.append(
                {"file": str(path), "as_of": data.as_of.isoformat(), "projects": data.project_count}
            )
    except StoreError as exc:
        _fail(str(exc))
    if as_json:
        print_json(
            {"store": opened.shown, "imported": imported, "skipped": skipped, "refused": refused}
        )
    else:
        for i in imported:
            click.echo(f"imported {i['file']}: snapshot {i['as_of']}, {i['projects']} projects")
        for s in skipped:
            click.echo(f"skipped {s['file']}: {s['as_of']}: {s['reason']}")
        for r in refused:
            click.echo(f"error: {r['reason']}", err=True)
        click.echo(
            f"Store {opened.shown}: {len(imported)} imported, {len(skipped)} skipped, {len(refused)} refused"
        )
    sys.exit(EXIT_USAGE if refused else EXIT_OK)


@command.command("export")
@store_option
@click.option(
    "--to", "to", required=True, type=click.Path(file_okay=False, path_type=Path), metavar="DIR"
)
@click.option(
    "--format", "fmt", type=click.Choice(["csv", "parquet"]), default="csv", show_default=True
)
@json_option
def export_command(store: str | None, to: Path, fmt: str, as_json: bool) -> None:
    """Write one CSV or Parquet file per store table into DIR."""
    from addin.store import StoreError
    from addin.store.export import export_tables

    opened = _open(store)
    try:
        written = export_tables(opened, to, fmt)  # type: ignore[arg-type]
    except StoreError as exc:
        _fail(str(exc))
    if as_json:
        print_json({"store": opened.shown, "format": fmt, "files": written})
    else:
        for w in written:
            click.echo(f"  {w['path']}: {w['rows']} rows")
    sys.exit(EXIT_OK)
