"""Portfolio consolidation (SPEC section 7): every project workbook in a folder into one
roll-up workbook, safe against bad files, fast, and the same for the same inputs."""

from addin.consolidate.engine import DEFAULT_TIMEOUT, consolidate_folder, default_output
from addin.consolidate.result import ConsolidationResult, format_summary
from addin.consolidate.state import last_rollup_path, remember_rollup, rollup_lookup
from addin.rollup.atomic import RollupLockedError
from addin.rollup.inputs import LoadEntry

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
