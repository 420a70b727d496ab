"""Ribbon "Open last roll-up": open the roll-up the last consolidation wrote."""

from __future__ import annotations

from addin.macros.context import MacroContext, MacroResult


def run(ctx: MacroContext) -> MacroResult:
    """Open the latest roll-up, or say how to make one."""
    from addin.consolidate import last_rollup_path

    path = last_rollup_path()
    if path is None:
        return MacroResult(
            "No roll-up yet: use Consolidate folder (or `pmo consolidate FOLDER`) first.",
            ok=False,
        )
    ctx.open_workbook(path)
    return MacroResult(f"Opened the last roll-up: {path}", output=path)
