"""Ribbon "Prioritise": ask for the budget, prioritise the last roll-up (or a folder the
user picks), write the live Prioritisation workbook beside it and open it.

Options a host may already have: ``source`` (a roll-up or a folder), ``budget`` (text as
`--budget` takes it), ``out`` (the workbook to write).
"""

from __future__ import annotations

from pathlib import Path

from addin.errors import PmoError
from addin.macros.context import MacroContext, MacroResult

FOLDER_PROMPT = "Choose the folder holding the project workbooks"
BUDGET_PROMPT = (
    "Budget for the portfolio (an amount such as 2500000; several separated by spaces, "
    "or a range FROM:TO:STEP, compare side by side):"
)


def output_for(source: Path) -> Path:
    """``portfolio-rollup-prioritisation.xlsx`` beside a roll-up; beside a folder for one."""
    if source.is_dir():
        return source.resolve().parent / "portfolio-prioritisation.xlsx"
    return source.with_name(f"{source.stem}-prioritisation.xlsx")


def run(ctx: MacroContext) -> MacroResult:
    """Prioritise within the budget the user gives and open the workbook."""
    from addin.consolidate import last_rollup_path
    from addin.prioritise.command import PrioritiseRequest, run_request
    from addin.prioritise.report import format_text, to_json

    given = ctx.options.get("source")
    source = Path(given) if given else last_rollup_path() or ctx.ask_path("folder", FOLDER_PROMPT)
    if source is None:
        return MacroResult("Nothing prioritised: no roll-up yet and no folder chosen.", ok=False)
    budget_text = ctx.options.get("budget") or ctx.ask_text(BUDGET_PROMPT, "")
    if budget_text is None or not str(budget_text).strip():
        return MacroResult("Nothing prioritised: no budget was given.", ok=False)
    out_option = ctx.options.get("out")
    out = Path(out_option) if out_option else output_for(source)
    request = PrioritiseRequest(
        source=source, budgets=str(budget_text).split(), out=out, as_of=ctx.as_of
    )
    try:
        result = run_request(request, ctx.standards)
    except PmoError as exc:
        return MacroResult(f"Nothing prioritised: {exc}", ok=False)
    ctx.open_workbook(out)
    lines = format_text(result, limit=5).splitlines()
    summary = " ".join(line.strip() for line in lines[:6] if line.strip())
    data = to_json(result)
    return MacroResult(
        f"{summary} Workbook: {out.name}",
        ok=not result.infeasible,
        output=out,
        data=data if isinstance(data, dict) else {"budgets": data},
    )
