"""Macro name (= ribbon button tag) -> the module implementing ``run(ctx)``."""

from __future__ import annotations

import importlib
from collections.abc import Callable

from addin.errors import UsageError
from addin.macros.context import MacroContext, MacroResult

#: Every macro the ribbon can run, in ribbon order. Values are modules under addin.macros.
MACROS: dict[str, str] = {
    "new_workbook": "new_workbook",
    "check": "check",
    "status_report": "status_report",
    "clear_checks": "clear_checks",
    "adopt": "adopt",
    "upgrade_template": "upgrade_template",
    "consolidate": "consolidate",
    "open_last_rollup": "open_last_rollup",
    "prioritise": "prioritise",
    "what_changed": "what_changed",
    "standards": "standards",
    "about": "about",
}

Macro = Callable[[MacroContext], MacroResult]


def get_macro(name: str) -> Macro:
    """The ``run`` function of a macro, by name."""
    module_name = MACROS.get(name)
    if module_name is None:
        raise UsageError(f"no macro named {name!r}; known: {', '.join(MACROS)}")
    module = importlib.import_module(f"addin.macros.{module_name}")
    run: Macro = module.run
    return run


def run_macro(name: str, ctx: MacroContext) -> MacroResult:
    """Run a macro by name."""
    return get_macro(name)(ctx)
