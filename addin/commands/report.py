"""`pmo report FILE...`: one-page status reports, the portfolio pack, team feedback
(docs/report.md)."""

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
from addin.errors import PmoError

if TYPE_CHECKING:
    from addin.report.run import Format, ReportRun


@click.command("report")
@click.argument("files", nargs=-1, required=True, metavar="FILE...")
@click.option(
    "--out",
    "out",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("."),
    show_default=True,
    metavar="DIR",
    help="Folder for the reports (created if missing).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["xlsx", "pdf"]),
    default="xlsx",
    show_default=True,
    help="pdf: also print each report to PDF with LibreOffice (the .xlsx is always written).",
)
@click.option(
    "--pack",
    is_flag=True,
    help="FILE is a roll-up: write one pack (portfolio page, then a page per project).",
)
@click.option(
    "--feedback",
    "feedback_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    metavar="DIR",
    help="FILE is a roll-up: also write one feedback workbook per project to DIR.",
)
@as_of_option
@standards_option
@json_option
def command(
    files: tuple[str, ...],
    out: Path,
    fmt: str,
    pack: bool,
    feedback_dir: Path | None,
    as_of: str | None,
    standards_path: str | None,
    as_json: bool,
) -> None:
    """Write a print-ready one-page status report (A4 landscape) per project.

    FILE is a project workbook (read and checked as consolidation does; never changed),
    a folder (the workbooks directly in it), or a roll-up (a page for each of its
    projects, at the roll-up's own as-of date).
    Exit 0: written, no errors in the data; 1: errors in the data (the reports are still
    written); 2: bad usage or a file that could not be read.
    """
    from addin.report.run import make_feedback, make_pack, make_reports

    day = parse_as_of(as_of) if as_of else None
    standards = get_standards(standards_path)
    chosen: Format = "pdf" if fmt == "pdf" else "xlsx"
    try:
        if pack or feedback_dir is not None:
            if len(files) != 1:
                raise PmoError("--pack and --feedback take exactly one roll-up workbook")
            rollup = Path(files[0])
            if pack:
                target = out / f"{rollup.stem}-pack.xlsx"
                run = make_pack(
                    rollup, target, standards, day, fmt=chosen, feedback_dir=feedback_dir
                )
            else:
                assert feedback_dir is not None
                run = make_feedback(rollup, feedback_dir, standards, day)
        else:
            from addin.commands.check import expand

            paths = expand(files)
            if not paths:
                raise PmoError("no workbooks found in " + ", ".join(files))
            run = make_reports(paths, out, standards, day, fmt=chosen)
    except PmoError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(EXIT_USAGE)
    except OSError as exc:
        click.echo(
            f"error: cannot write to {out}: {exc.strerror or exc}; give another --out", err=True
        )
        sys.exit(EXIT_USAGE)
    if as_json:
        print_json(run.to_json())
    else:
        _print(run)
    sys.exit(run.exit_code)


def _print(run: ReportRun) -> None:
    for w in run.written:
        if w.status == "written":
            extra = f" and {w.pdf_shown()}" if w.pdf else ""
            r = w.report
            findings = f" ({r.open_findings} open findings)" if r is not None else ""
            click.echo(f"{w.source}: status report {w.xlsx}{extra}{findings}")
        else:
            click.echo(f"{w.source}: {w.status} - {w.reason}", err=True)
    if run.pack is not None:
        extra = f" and {run.pack.pdf_shown()}" if run.pack.pdf else ""
        click.echo(f"Portfolio pack: {run.pack.xlsx}{extra}")
    if run.feedback:
        folder = run.feedback[0].path.parent if run.feedback[0].path else ""
        click.echo(f"Feedback: {len(run.feedback)} workbooks in {folder}")
    if run.pdf_note:
        click.echo(f"note: {run.pdf_note}", err=True)
