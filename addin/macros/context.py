"""What a macro is given (the workbook, the standards, the as-of date, a small UI) and returns."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Literal

from addin.findings import Finding
from addin.host import WorkbookHost
from addin.standards import Standards

PathKind = Literal["open_workbook", "save_workbook", "folder"]


def _no_path(kind: PathKind, prompt: str) -> Path | None:
    return None


def _no_open(path: Path) -> None:
    return None


def _no_message(text: str) -> None:
    return None


def _no_text(prompt: str, default: str) -> str | None:
    return None


@dataclass
class MacroContext:
    """Everything a macro may use. Hosts fill it; macros never look anything up globally.

    ``book`` is the active workbook (None when Excel has none open). ``ask_path`` asks the
    user for a file or folder (Excel: a dialog; CLI/tests: a prepared answer) and returns
    None when cancelled. ``open_workbook`` shows a file to the user (Excel: opens it; the
    file host: nothing). ``options`` carries answers a host already has (e.g. the folder
    given on the command line) keyed by name.
    """

    standards: Standards
    as_of: date
    book: WorkbookHost | None = None
    ask_path: Callable[[PathKind, str], Path | None] = _no_path
    open_workbook: Callable[[Path], None] = _no_open
    message: Callable[[str], None] = _no_message
    options: dict[str, Any] = field(default_factory=dict)
    #: asks the user for a line of text (Excel: an input box), given a prompt and a default
    #: answer; None when cancelled
    ask_text: Callable[[str, str], str | None] = _no_text


@dataclass
class MacroResult:
    """What a macro did: a line for the user, the file it wrote, the findings it made."""

    message: str
    ok: bool = True
    output: Path | None = None
    findings: list[Finding] = field(default_factory=list)
    data: dict[str, Any] = field(default_factory=dict)
