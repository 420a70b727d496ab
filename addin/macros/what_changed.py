"""Ribbon "What changed": open the latest roll-up at its Changes sheet (SPEC 9 and 12)."""

from __future__ import annotations

import zipfile
from pathlib import Path

from addin.macros.context import MacroContext, MacroResult
from addin.macros.open_last_rollup import no_rollup_yet
from addin.rollup.history_sheets import CHANGES_SHEET


def has_sheet(path: Path, name: str) -> bool:
    """True when the workbook at ``path`` has a sheet called ``name`` (read from its parts)."""
    try:
        with zipfile.ZipFile(path) as zf:
            return f'name="{name}"'.encode() in zf.read("xl/workbook.xml")
    except (OSError, KeyError, zipfile.BadZipFile):
        return False


def run(ctx: MacroContext) -> MacroResult:
    """Open the latest roll-up at Changes, or say why there is none to show."""
    from addin.consolidate import last_rollup_path

    path = last_rollup_path()
    if path is None:
        return no_rollup_yet()
    if not has_sheet(path, CHANGES_SHEET):
        return MacroResult(
            f"The last roll-up ({path}) has no Changes sheet: it was written without the "
            "store (--no-store). Consolidate again to record a snapshot.",
            ok=False,
        )
    ctx.open_workbook(path)
    return MacroResult(
        f"Opened the last roll-up at its Changes sheet: {path}",
        output=path,
        data={"sheet": CHANGES_SHEET},
    )
