"""Help > About: what the PMO add-in is and which versions are running."""

from __future__ import annotations

import platform

from addin.macros.context import MacroContext, MacroResult
from addin.version import TEMPLATE_ID, TEMPLATE_VERSION, __version__


def run(ctx: MacroContext) -> MacroResult:
    """The tool's versions, the standards version and where to find help."""
    book = ctx.book.name if ctx.book is not None else "none"
    lines = [
        f"PMO add-in {__version__}",
        "Standard project workbooks, checked registers, adoption of existing registers "
        "and portfolio roll-ups, from one set of EPMO standards.",
        f"Template: {TEMPLATE_ID} version {TEMPLATE_VERSION}",
        f"Standards: {ctx.standards.meta.name} version {ctx.standards.version}",
        f"As-of date: {ctx.as_of.isoformat()}; active workbook: {book}",
        f"Python {platform.python_version()} on {platform.system() or 'unknown OS'}",
        "Help: docs/excel.md (ribbon and functions), docs/udfs.md (PMO functions); "
        "command line: pmo --help",
    ]
    data = {
        "version": __version__,
        "template_id": TEMPLATE_ID,
        "template_version": TEMPLATE_VERSION,
        "standards_version": ctx.standards.version,
    }
    return MacroResult("\n".join(lines), data=data)
