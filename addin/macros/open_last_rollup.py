"""Ribbon "Open last roll-up": open the roll-up the last consolidation wrote."""

from __future__ import annotations

from addin.macros.context import MacroContext, MacroResult


def no_rollup_yet() -> MacroResult:
    """What a button that shows the last roll-up says before any consolidation wrote one."""
    return MacroResult(
        "No roll-up yet: use Consolidate folder (or `pmo consolidate FOLDER`) first.",
        ok=False,
    )


def run(ctx: MacroContext) -> MacroResult:
    """Open the latest roll-up, or say how to make one."""
    from addin.consolidate import last_rollup_path

    path = last_rollup_path()
    if path is None:
        return no_rollup_yet()
    ctx.open_workbook(path)
    return MacroResult(f"Opened the last roll-up: {path}", output=path)
