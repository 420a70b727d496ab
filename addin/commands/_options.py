"""Options shared by several commands, so they are spelled and documented once."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, TypeVar

import click

from addin.errors import PmoError, StandardsError

if TYPE_CHECKING:  # the standards (pydantic) load when a command runs, not for its --help
    from addin.standards import Standards

F = TypeVar("F", bound=Callable[..., Any])

EXIT_OK = 0
EXIT_DATA_ERRORS = 1
EXIT_USAGE = 2


def parse_as_of(value: str | None) -> date:
    """`--as-of` as a date (YYYY-MM-DD); today when not given."""
    if not value:
        return date.today()
    try:
        return datetime.strptime(value, "%Y-%m-%d").date()
    except ValueError:
        raise click.BadParameter(
            f"{value!r} is not a date like 2026-11-30", param_hint="--as-of"
        ) from None


def parse_date_option(value: str | None, name: str) -> date | None:
    """A YYYY-MM-DD option (``--since``, ``--from``...) as a date; None when not given."""
    if not value:
        return None
    try:
        return datetime.strptime(value, "%Y-%m-%d").date()
    except ValueError:
        raise click.BadParameter(
            f"{value!r} is not a date like 2026-11-30", param_hint=name
        ) from None


def as_of_option(func: F) -> F:
    return click.option(
        "--as-of",
        "as_of",
        metavar="YYYY-MM-DD",
        default=None,
        help="Judge overdue and stale items as at this date (default: today).",
    )(func)


def standards_option(func: F) -> F:
    return click.option(
        "--standards",
        "standards_path",
        metavar="FILE",
        default=None,
        type=click.Path(dir_okay=False),
        help="The EPMO standards file (default: $PMO_STANDARDS, else the built-in standards).",
    )(func)


def json_option(func: F) -> F:
    return click.option(
        "--json", "as_json", is_flag=True, help="Print the result as JSON (shape in the docs)."
    )(func)


def get_standards(path: str | None) -> Standards:
    """Load the standards or exit 2 with the loader's one clear message."""
    from addin.standards import load_standards

    try:
        return load_standards(path)
    except StandardsError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(EXIT_USAGE)


@contextmanager
def exit_on_pmo_error(context: str = "") -> Iterator[None]:
    """A PmoError raised inside becomes the command's one clear message and exit 2:
    ``error: {context}{the error}`` on stderr. Errors are translated here, at the edge,
    so the library raises and every command says it the same way."""
    try:
        yield
    except PmoError as exc:
        click.echo(f"error: {context}{exc}", err=True)
        sys.exit(EXIT_USAGE)


def print_json(payload: Any) -> None:
    """JSON to stdout: stable key order, dates as ISO text."""
    click.echo(json.dumps(payload, indent=2, default=_json_default, ensure_ascii=False))


def _json_default(value: Any) -> Any:
    if isinstance(value, date | datetime):
        return value.isoformat()
    if hasattr(value, "model_dump"):
        return value.model_dump(mode="json")
    return str(value)
