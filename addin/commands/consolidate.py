"""`pmo consolidate FOLDER`: every project workbook under FOLDER into one roll-up workbook
(docs/consolidate.md)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from addin.commands._options import (
    EXIT_DATA_ERRORS,
    EXIT_OK,
    EXIT_USAGE,
    as_of_option,
    get_standards,
    json_option,
    parse_as_of,
    parse_date_option,
    print_json,
    standards_option,
)
from addin.errors import PmoError

if TYPE_CHECKING:
    from addin.consolidate.prescreen import Prescreen
    from addin.report.consolidate_outputs import Extras
    from addin.standards import Standards


@click.command("consolidate")
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path))
@click.option(
    "--out",
    "out",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    metavar="ROLLUP.xlsx",
    help="Where to write the roll-up (default: portfolio-rollup.xlsx beside FOLDER).",
)
@as_of_option
@standards_option
@json_option
@click.option(
    "--jobs", type=click.IntRange(min=1), default=None, help="Worker processes (default: CPUs)."
)
@click.option("--no-cache", is_flag=True, help="Parse every file again, ignoring the cache.")
@click.option(
    "--timeout",
    type=click.FloatRange(min=1),
    default=None,
    metavar="SECONDS",
    help="Stop reading a file after this long and reject it (default 120).",
)
@click.option(
    "--capacity",
    "capacity",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    metavar="FILE",
    help="The capacity workbook to set demand against (default: the one in FOLDER, found "
    "by its _pmo sheet).",
)
@click.option(
    "--pack",
    "pack",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    metavar="FILE",
    help="Also write the portfolio pack (FILE.xlsx; FILE.pdf prints it too) (docs/report.md).",
)
@click.option(
    "--feedback",
    "feedback_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    metavar="DIR",
    help="Also write one portfolio-feedback workbook per project to DIR (docs/report.md).",
)
@click.option(
    "--store",
    "store",
    metavar="FILE-OR-URL",
    default=None,
    help="The portfolio store: a file or sqlite:/// or postgresql+psycopg:// URL "
    "(default: $PMO_STORE, else portfolio-history.sqlite beside the roll-up).",
)
@click.option("--no-store", is_flag=True, help="Do not record a snapshot (no Changes, no Trends).")
@click.option(
    "--since",
    metavar="YYYY-MM-DD",
    default=None,
    help="Show changes since the snapshot of this date (default: the previous snapshot).",
)
def command(
    folder: Path,
    out: Path | None,
    as_of: str | None,
    standards_path: str | None,
    as_json: bool,
    jobs: int | None,
    no_cache: bool,
    timeout: float | None,
    capacity: Path | None = None,
    pack: Path | None = None,
    feedback_dir: Path | None = None,
    store: str | None = None,
    no_store: bool = False,
    since: str | None = None,
) -> None:
    """Read and check every project workbook under FOLDER and write the portfolio roll-up.

    Exit code 0: no errors found; 1: errors found in some file (a rejected file counts);
    2: bad usage (FOLDER missing, the roll-up locked by another run, two capacity
    workbooks in FOLDER), or the snapshot could not be recorded in the store (the
    roll-up is still written; the reason is printed).
    """
    # The child that looks at the folder's files starts first, while this process imports
    # the engine, the reader and the roll-up and the second core idles (round 11c of
    # benchmarks/README.md); nothing it does is seen unless the run gets to screening, and
    # it is stopped on every way out (an exit included).
    with _look_ahead(folder, out, use_cache=not no_cache) as prescreen:
        from addin.consolidate import (
            DEFAULT_TIMEOUT,
            consolidate_folder,
            default_output,
            format_summary,
        )
        from addin.consolidate.history_step import StoreRequest

        day = parse_as_of(as_of)
        since_day = parse_date_option(since, "--since")
        standards = get_standards(standards_path)
        if not folder.is_dir():
            click.echo(
                f"error: {folder}: no such folder; give the folder holding the workbooks", err=True
            )
            sys.exit(EXIT_USAGE)
        target = out if out is not None else default_output(folder)
        _refuse_inside(folder, pack, feedback_dir)
        progress, close = _progress_bar(enabled=not as_json and sys.stderr.isatty())
        try:
            result = consolidate_folder(
                folder,
                target,
                standards,
                day,
                jobs=jobs,
                use_cache=not no_cache,
                progress=progress,
                timeout=timeout or DEFAULT_TIMEOUT,
                capacity=capacity,
                store=None if no_store else StoreRequest(store, since_day),
                prescreen=prescreen,
            )
        except PmoError as exc:
            close()
            click.echo(f"error: {exc}", err=True)
            sys.exit(EXIT_USAGE)
        close()
        extra = _pack_and_feedback(target, standards, day, pack, feedback_dir)
        if as_json:
            print_json({**result.to_json(), **(extra.json if extra else {})})
        else:
            click.echo(format_summary(result))
            for line in extra.lines if extra else []:
                click.echo(line)
        if result.store_error:
            click.echo(f"error: the snapshot was not recorded: {result.store_error}", err=True)
        if (extra and extra.failed) or result.store_error:
            sys.exit(EXIT_USAGE)
        sys.exit(EXIT_DATA_ERRORS if result.errors_found else EXIT_OK)


@contextmanager
def _look_ahead(folder: Path, out: Path | None, use_cache: bool) -> Iterator[Prescreen | None]:
    from addin.consolidate.discovery import default_output
    from addin.consolidate.prescreen import Prescreen

    try:
        target = out if out is not None else default_output(folder)
    except (OSError, RuntimeError):
        yield None
        return
    prescreen = Prescreen.start(folder, target, hash_first=use_cache)
    try:
        yield prescreen
    finally:
        if prescreen is not None:
            prescreen.close()


def _refuse_inside(folder: Path, *outputs: Path | None) -> None:
    """The pack and the feedback go outside FOLDER: inside, the next run would read them."""
    if all(output is None for output in outputs):
        return  # (the report package loads only for a run that writes them)
    from addin.report.consolidate_outputs import inside_folder_error

    message = inside_folder_error(folder, outputs)
    if message:
        click.echo(f"error: {message}", err=True)
        sys.exit(EXIT_USAGE)


def _pack_and_feedback(
    rollup: Path, standards: Standards, day: date, pack: Path | None, feedback_dir: Path | None
) -> Extras | None:
    """The pack and the feedback when asked for; None (the report package not even
    loaded) when not."""
    if pack is None and feedback_dir is None:
        return None
    from addin.report.consolidate_outputs import pack_and_feedback

    return pack_and_feedback(rollup, standards, day, pack, feedback_dir)


def _progress_bar(enabled: bool) -> tuple[Any, Any]:
    """A click progress bar on stderr (only on a terminal), fed by the progress callback."""
    if not enabled:
        return None, lambda: None
    state: dict[str, Any] = {"bar": None, "done": 0}

    def progress(done: int, total: int, name: str) -> None:
        bar = state["bar"]
        if bar is None:
            if total == 0:
                return
            bar = click.progressbar(
                length=total,
                label="Reading workbooks",
                file=sys.stderr,
                show_pos=True,
                item_show_func=lambda name: name,
            )
            bar.__enter__()
            state["bar"] = bar
        bar.update(done - state["done"], name)
        state["done"] = done

    def close() -> None:
        if state["bar"] is not None:
            state["bar"].__exit__(None, None, None)
            state["bar"] = None

    return progress, close
