"""Ribbon > Clear checks: undo an earlier check's marks and remove the `Checks` sheet."""

from __future__ import annotations

from addin import layout
from addin.errors import UnreadableWorkbookError, UsageError
from addin.macros.context import MacroContext, MacroResult


def run(ctx: MacroContext) -> MacroResult:
    """Restore the fills and notes the check changed and delete the Checks sheet."""
    host = ctx.book
    if host is None:
        return MacroResult("Open a project workbook first, then press Clear checks.", ok=False)
    had_sheet = layout.CHECKS_SHEET in host.sheet_names()
    try:
        cleared = host.clear_marks()
        if had_sheet:
            host.delete_sheet(layout.CHECKS_SHEET)
        output = host.save()
    except (UnreadableWorkbookError, UsageError) as exc:
        return MacroResult(f"{host.name}: checks could not be cleared: {exc}", ok=False)
    if not cleared and not had_sheet:
        message = f"{host.name}: no checks to clear."
    else:
        message = (
            f"{host.name}: cleared {cleared} marked cells and the {layout.CHECKS_SHEET} sheet."
        )
    if output is not None and host.path is not None and output != host.path:
        message += f" Written to {output.name}."
    return MacroResult(
        message, output=output, data={"cleared": cleared, "sheet_removed": had_sheet}
    )
