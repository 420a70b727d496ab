"""`pmo demo`: build a realistic sample portfolio and consolidate it (docs/demo.md).

The first thing a new user runs: it writes dozens of filled project workbooks (with the
defects a PMO meets), a few ad-hoc legacy registers and a few broken files, then runs the
consolidation over them and prints its summary.
"""

from __future__ import annotations

import shutil
import sys
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from addin.commands._options import (
    EXIT_OK,
    EXIT_USAGE,
    as_of_option,
    exit_on_pmo_error,
    get_standards,
    json_option,
    parse_as_of,
    print_json,
    standards_option,
)
from addin.errors import PmoError

if TYPE_CHECKING:  # loaded on use, so `pmo --help` stays fast
    from addin.consolidate import ConsolidationResult
    from addin.demo.manifest import DemoFile, DemoManifest
    from addin.demo.previous_period import PreviousPeriod
    from addin.standards import Standards

#: The file that marks a folder as made by `pmo demo` (and so safe to replace).
MARKER = ".pmo-demo"
PORTFOLIO = "portfolio"
ROLLUP = "portfolio-rollup.xlsx"


#: The legacy registers the closing lines point at, when the demo wrote one:
#: (label, how the demo's file is recognised, what adopting it shows).
_LEGACY_EXAMPLES: tuple[tuple[str, Callable[[DemoFile], bool], str], ...] = (
    (
        "one kept in Spanish:",
        lambda f: "Spanish" in f.note,
        "Spanish words, an Excel table's name, states as fill colours: each reading stated",
    ),
    (
        "one kept in thousands:",
        lambda f: "£000s" in f.note,
        "its title says £000s: each amount x 1,000, the reading stated and kept in the "
        "mapping file",
    ),
    (
        "one resource plan:",
        lambda f: "resources" in f.registers,
        "days by week across: weeks summed into months, the Resources register capacity reads",
    ),
    (
        "one Jira export:",
        lambda f: "Jira" in f.note,
        "workflow states (In Review, Ready for QA) read by their category, each stated and "
        "kept in the mapping file",
    ),
    (
        "one kept by quarter:",
        lambda f: "by quarter only" in f.note,
        "Q1..Q4 only: each quarter spread over its three months, the reading stated and kept "
        "in the mapping file",
    ),
    (
        "one kept in Hausa:",
        lambda f: "Hausa" in f.note,
        "Hausa headers, values and month names read (one of round 24's languages); the "
        "contact list beside it listed as no register",
    ),
    (
        "one with months down:",
        lambda f: "months down" in f.note,
        "a row per month, Budget/Actual/Forecast under each cost line: read as the same "
        "tracker turned across (round 25), GBP from its title, the Total columns no line",
    ),
    (
        "one kept by the week:",
        lambda f: "Semaine du" in f.note,
        "'Semaine du dd/mm/yyyy' across, in French: weeks read from their dates alone (round "
        "26), each added into its Monday's month as spend, EUR from its title; the € units "
        "row and the Total row no line",
    ),
    (
        "one bilingual and worn:",
        lambda f: "DELETED" in f.note,
        "English over French header rows read as one header, the PM from 'Project Manager / "
        "Chef de projet:' (round 27); the row marked DELETED listed, no item; Owner (new) the "
        "owner where filled; the risks under CLOSED ITEMS Closed",
    ),
    (
        "one from a board pack:",
        lambda f: "board pack" in f.note,
        "pasted from the pack's PDF (round 28): the Version | Date | Author | Change table no "
        "register, the Page 1 of 2 and COMMERCIAL IN CONFIDENCE lines listed, no item; page "
        "2 under its repeated header the same issue log; the description cut over two rows "
        "joined",
    ),
    (
        "one Excel tool in lakh:",
        lambda f: "Settings sheet" in f.note,
        "an Indian office's tracker built as an Excel tool (round 29): the financial year "
        "and INR read from its Settings sheet, 'Rs in lakh' amounts x 100,000, the Table's "
        "Total formula column (no value saved) listed and left out, the hidden Lists sheet "
        "no register",
    ),
    (
        "one government return:",
        lambda f: "major-project return" in f.note,
        "a major-project return (round 30): the SRO the sponsor, the Delivery Confidence "
        "Assessment Amber/Green read as Amber (a reading kept in the mapping file: change it "
        "and adopt again with --mapping), the key risks' proximity words, the Costs sheet's "
        "financial years across (yyyy-yy) each spread over its twelve months, £000 x 1,000",
    ),
    (
        "one in its second week:",
        lambda f: "second week" in f.note,
        "a RAID template half filled (round 31): its real risks, the issue and the budget "
        "adopted; the Example row listed and left out; TBC dates left empty, not errors; "
        "TBA owners named by pmo check (RAID-007); the Instructions and Lists sheets no "
        "register; its Project Code is TBC, so give one with --project-id",
    ),
)


def prepare_folder(out: Path) -> None:
    """Make ``out`` ready for a new demo: create it, or replace an earlier demo in it.

    Refuses (UsageError) a folder that holds anything and was not made by `pmo demo`.
    """
    from addin.errors import UsageError

    if out.exists() and not out.is_dir():
        raise UsageError(f"{out} is a file; give a folder for the demo")
    if out.is_dir() and any(out.iterdir()):
        if not (out / MARKER).is_file():
            raise UsageError(
                f"{out} already holds files that `pmo demo` did not make; give another "
                "folder with --out (or empty this one)"
            )
        shutil.rmtree(out)
    out.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    (out / MARKER).write_text(
        f"Made by `pmo demo` on {stamp}. Running `pmo demo` again replaces this folder.\n",
        "utf-8",
    )


@click.command("demo")
@click.option(
    "--out",
    "out",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("pmo-demo"),
    show_default=True,
    metavar="DIR",
    help="Folder for the demo (a previous demo there is replaced; any other files are not).",
)
@click.option(
    "--projects",
    type=click.IntRange(min=1, max=500),
    default=30,
    show_default=True,
    help="How many project workbooks to write.",
)
@click.option(
    "--seed", type=int, default=2026, show_default=True, help="Same seed, same portfolio."
)
@as_of_option
@standards_option
@json_option
@click.option(
    "--no-consolidate", is_flag=True, help="Only write the portfolio; do not consolidate it."
)
def command(
    out: Path,
    projects: int,
    seed: int,
    as_of: str | None,
    standards_path: str | None,
    as_json: bool,
    no_consolidate: bool,
) -> None:
    """Build a sample portfolio in DIR/portfolio and consolidate it into DIR/portfolio-rollup.xlsx.

    Exit code 0 when the demo was built (the planted defects are expected findings);
    2 for bad usage (DIR holds other files, a bad --as-of or standards file).
    """
    from addin.demo import generate_portfolio
    from addin.demo.manifest import MANIFEST_NAME

    day = parse_as_of(as_of)
    standards = get_standards(standards_path)
    show = not as_json
    try:
        prepare_folder(out)
        if show:
            click.echo(
                f"Writing a sample portfolio of {_count(projects, 'project')} to {out / PORTFOLIO} ..."
            )
        manifest = generate_portfolio(
            out / PORTFOLIO,
            standards,
            day,
            projects=projects,
            seed=seed,
            manifest_path=out / MANIFEST_NAME,
            progress=_status_line if show and sys.stderr.isatty() else None,
        )
        _status_line("")
    except PmoError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(EXIT_USAGE)
    except OSError as exc:  # a file of the old demo open in Excel, a full disk, no permission
        where = f" ({exc.filename})" if exc.filename else ""
        click.echo(
            f"error: cannot write the demo in {out}: {exc.strerror or exc}{where}; close any "
            "of its files open in Excel, or give another folder with --out",
            err=True,
        )
        sys.exit(EXIT_USAGE)

    period = None if no_consolidate else _previous(out, standards, day, projects, seed, show)
    result = None if no_consolidate else _consolidate(out, standards, day, show)
    _status_line("")
    from addin.demo.portfolio_build import demo_selection, selection_story
    from addin.demo.report_outputs import closing_lines, write_report_outputs

    build = demo_selection(out / ROLLUP, standards) if result is not None else None
    extras = write_report_outputs(out, out / ROLLUP, standards, day) if result else None
    if as_json:
        print_json(
            {
                **_payload(out, manifest, result),
                "previous_period": _period_json(period),
                "portfolio_build": build,
                **(extras.json if extras else {}),
            }
        )
    else:
        _print_story(out, manifest, result, period)
        for line in selection_story(build, out / ROLLUP):
            click.echo(line)
        for line in closing_lines(out, out / ROLLUP, extras) if extras else []:
            click.echo(line)
    sys.exit(EXIT_OK)


def _previous(
    out: Path, standards: Standards, day: date, projects: int, seed: int, show: bool
) -> PreviousPeriod:
    from addin.demo.previous_period import consolidate_previous

    if show:
        click.echo("Consolidating last week's workbooks first (for Changes and Trends) ...")
    with exit_on_pmo_error("the consolidation of last week failed: "):
        return consolidate_previous(out, standards, day, projects, seed)


def _period_json(period: PreviousPeriod | None) -> dict[str, Any] | None:
    if period is None:
        return None
    return {"folder": str(period.folder), "as_of": period.as_of.isoformat(), "moves": period.moves}


def _consolidate(out: Path, standards: Standards, day: date, show: bool) -> ConsolidationResult:
    from addin.consolidate import consolidate_folder
    from addin.consolidate.history_step import StoreRequest
    from addin.demo.previous_period import demo_store

    if show:
        click.echo("Consolidating it (every file is read, checked and rolled up) ...")

    def progress(done: int, total: int, name: str) -> None:
        _status_line(f"reading {done}/{total}: {name}")

    with exit_on_pmo_error("the consolidation failed: "):
        return consolidate_folder(
            out / PORTFOLIO,
            out / ROLLUP,
            standards,
            day,
            progress=progress if show and sys.stderr.isatty() else None,
            store=StoreRequest(str(demo_store(out))),  # never $PMO_STORE: a demo stays apart
        )


def _status_line(text: str) -> None:
    """One self-overwriting line of progress on a terminal's stderr ('' clears it)."""
    if sys.stderr.isatty():
        width = shutil.get_terminal_size((80, 20)).columns - 1
        sys.stderr.write("\r" + text[:width].ljust(width) + ("\r" if not text else ""))
        sys.stderr.flush()


def _payload(
    out: Path, manifest: DemoManifest, result: ConsolidationResult | None
) -> dict[str, Any]:
    from addin.demo.manifest import MANIFEST_NAME

    return {
        "folder": str(out),
        "portfolio": str(out / PORTFOLIO),
        "manifest": str(out / MANIFEST_NAME),
        "rollup": str(out / ROLLUP) if result is not None else None,
        "as_of": manifest.as_of.isoformat(),
        "seed": manifest.seed,
        "projects": len(manifest.projects),
        "legacy": [f.path for f in manifest.legacy],
        "hostile": [{"file": h.file, "expected_kind": h.expected_kind} for h in manifest.hostile],
        "planted_defects": len(manifest.planted),
        "consolidation": result.to_json() if result is not None else None,
    }


def _print_story(
    out: Path,
    manifest: DemoManifest,
    result: ConsolidationResult | None,
    period: PreviousPeriod | None = None,
) -> None:
    from addin.consolidate import format_summary
    from addin.demo.manifest import MANIFEST_NAME
    from addin.demo.previous_period import story_lines

    portfolio = out / PORTFOLIO
    portfolios = sorted({p.portfolio for p in manifest.projects})
    click.echo(
        f"Wrote {_count(len(manifest.projects), 'project workbook')} across "
        f"{_count(len(portfolios), 'portfolio')} ({', '.join(portfolios)}), "
        f"{_count(len(manifest.legacy), 'legacy register')} and "
        f"{_count(len(manifest.hostile), 'broken file')} to {portfolio}."
    )
    click.echo(
        f"Planted {len(manifest.planted)} typical defects on purpose; each is listed with its "
        f"rule code and cell in {out / MANIFEST_NAME}."
    )
    click.echo("")
    if result is None:
        click.echo("Not consolidated (--no-consolidate).")
    else:
        click.echo(format_summary(result))
    click.echo("")
    click.echo("What the demo planted, to find in the roll-up:")
    for line in _planted_story(manifest) + (story_lines(period) if period else []):
        click.echo(f"  - {line}")
    from addin.demo.capacity import capacity_story

    for line in capacity_story(result.capacity if result is not None else None):
        click.echo(f"  - {line}")
    files = [p.file for p in manifest.projects]
    example = max(files, key=lambda f: len(manifest.planted_in(f)), default=None)
    click.echo("")
    click.echo("Next steps:")
    if result is not None:
        click.echo(f"  open the roll-up:        {out / ROLLUP}")
    else:
        click.echo(f"  consolidate it:          pmo consolidate {_quote(portfolio)}")
    if example:
        click.echo(f"  check one workbook:      pmo check {_quote(portfolio / example)}")
    if manifest.legacy:
        click.echo(
            f"  adopt a legacy register: pmo adopt {_quote(portfolio / manifest.legacy[0].path)}"
        )
        click.echo(
            '  read its values your way: edit a reading ("high": 4) in the saved '
            ".mapping.json, then pmo adopt ... --mapping FILE --force"
        )
        click.echo(
            "  next month's file:       pmo adopt NEXT.xlsx --mapping FILE (the same readings; "
            "a mapped column gone or a sheet renamed is named as a misfit, exit 1)"
        )
        for label, is_example, shows in _LEGACY_EXAMPLES:
            example_file = next((f for f in manifest.legacy if is_example(f)), None)
            if example_file is not None:
                click.echo(
                    f"  {label:<24} pmo adopt {_quote(portfolio / example_file.path)} ({shows})"
                )
    click.echo(
        '  start your own:          pmo new PRJ-0042.xlsx --project-id PRJ-0042 --name "My project"'
    )
    from addin.demo.old_templates import upgrade_lines

    for line in upgrade_lines(manifest, portfolio, _quote):
        click.echo(line)
    click.echo("  your own capacity:       pmo new --template capacity capacity.xlsx")


def _planted_story(manifest: DemoManifest) -> list[str]:
    """What a new user should look for in the roll-up, sheet by sheet."""
    from addin.demo.agile_history import AGILE_PATTERN_CODES, agile_story
    from addin.demo.old_templates import version_1_story

    with_defects = {p.file for p in manifest.planted}
    lines = [
        f"{_count(len(manifest.planted), 'defect')} in "
        f"{_count(len(with_defects), 'workbook')} (Findings sheet; `pmo check` on one of them "
        "points at each cell)"
    ]
    for project_id, files in manifest.duplicate_project_ids.items():
        lines.append(f"{len(files)} workbooks sharing Project ID {project_id} (Load Report)")
    mismatches = len(manifest.dependency_mismatches)
    if mismatches:
        plural = "es" if mismatches != 1 else ""
        lines.append(
            f"{mismatches} dependency mismatch{plural} between projects (Dependencies Map)"
        )
    lines.extend(version_1_story(manifest))
    agile = [p for p in manifest.planted if p.code in AGILE_PATTERN_CODES]
    if agile:
        lines.append(agile_story(agile))
    if manifest.legacy or manifest.hostile:
        lines.append(
            f"{_count(len(manifest.legacy), 'legacy register')} and "
            f"{_count(len(manifest.hostile), 'broken file')}, each named with its reason "
            "(Load Report)"
        )
    return lines


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" + ("" if number == 1 else "s")


def _quote(path: Path) -> str:
    text = str(path)
    return f'"{text}"' if any(ch in text for ch in " &()'") else text
