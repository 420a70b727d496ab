"""Portfolio consolidation (SPEC section 7): every project workbook in a folder into one
roll-up workbook, safe against bad files, fast, and the same for the same inputs.

The names below load with their module on first use: `pmo consolidate` forks the child
that looks at the folder's files (:mod:`addin.consolidate.prescreen`) before the engine,
the reader and the roll-up are imported (round 11c of benchmarks/README.md).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from addin.lazy import lazy_exports

if TYPE_CHECKING:
    from addin.consolidate.engine import DEFAULT_TIMEOUT, consolidate_folder, default_output
    from addin.consolidate.result import ConsolidationResult, format_summary
    from addin.consolidate.state import last_rollup_path, remember_rollup, rollup_lookup
    from addin.rollup.atomic import RollupLockedError
    from addin.rollup.inputs import LoadEntry

#: Exported name -> the module that defines it.
_EXPORTS = {
    "DEFAULT_TIMEOUT": "addin.consolidate.engine",
    "ConsolidationResult": "addin.consolidate.result",
    "LoadEntry": "addin.rollup.inputs",
    "RollupLockedError": "addin.rollup.atomic",
    "consolidate_folder": "addin.consolidate.engine",
    "default_output": "addin.consolidate.engine",
    "format_summary": "addin.consolidate.result",
    "last_rollup_path": "addin.consolidate.state",
    "remember_rollup": "addin.consolidate.state",
    "rollup_lookup": "addin.consolidate.state",
}

__all__ = [
    "DEFAULT_TIMEOUT",
    "ConsolidationResult",
    "LoadEntry",
    "RollupLockedError",
    "consolidate_folder",
    "default_output",
    "format_summary",
    "last_rollup_path",
    "remember_rollup",
    "rollup_lookup",
]

__getattr__ = lazy_exports(__name__, _EXPORTS)
