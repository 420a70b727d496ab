"""Macros: what the ribbon buttons do, written once against :class:`addin.host.WorkbookHost`.

Every macro is a function ``run(ctx: MacroContext) -> MacroResult`` in its own module here.
The CLI and tests run them on the file host; ``macros_bridge`` runs the very same functions
on the live workbook through xlwings. :data:`MACROS` maps each macro name (the ribbon
button's tag) to its module.
"""

from addin.macros.context import MacroContext, MacroResult
from addin.macros.registry import MACROS, get_macro, run_macro

__all__ = ["MACROS", "MacroContext", "MacroResult", "get_macro", "run_macro"]
