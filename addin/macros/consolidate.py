"""Ribbon "Consolidate folder": every project workbook in a folder into one roll-up.

The folder comes from ``ctx.options["folder"]`` or is asked for; the roll-up goes to
``ctx.options["out"]`` or beside the folder (``portfolio-rollup.xlsx``); then it is
opened for the user.
"""

from __future__ import annotations

from pathlib import Path

from addin.errors import PmoError
from addin.macros.context import MacroContext, MacroResult

PROMPT = "Choose the folder holding the project workbooks"


def run(ctx: MacroContext) -> MacroResult:
    """Consolidate a folder and open the roll-up."""
    from addin.consolidate import consolidate_folder, default_output, format_summary
    from addin.consolidate.history_step import StoreRequest

    given = ctx.options.get("folder")
    folder = Path(given) if given else ctx.ask_path("folder", PROMPT)
    if folder is None:
        return MacroResult("No roll-up written: no folder was chosen.", ok=False)
    out_option = ctx.options.get("out")
    out = Path(out_option) if out_option else default_output(folder)
    try:
        result = consolidate_folder(
            folder,
            out,
            ctx.standards,
            ctx.as_of,
            use_cache=not ctx.options.get("no_cache", False),
            store=None if ctx.options.get("no_store") else StoreRequest(ctx.options.get("store")),
        )
    except PmoError as exc:
        return MacroResult(f"No roll-up written: {exc}", ok=False)
    ctx.open_workbook(result.out)
    summary = format_summary(result)
    ctx.message(summary)
    return MacroResult(
        summary.splitlines()[0] + f" Roll-up: {result.out.name}",
        ok=not result.errors_found,
        output=result.out,
        findings=result.findings,
        data=result.to_json(),
    )
