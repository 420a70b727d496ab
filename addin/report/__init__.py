"""One-page status reports, the portfolio pack, and feedback workbooks for each team.

Every figure comes from the roll-up's own code path: a project workbook is read and
checked as consolidation reads it, its rows and figures are built by the roll-up's table
builders (:mod:`addin.rollup`), and a roll-up workbook is read back from those same tables.

The names below load with their module on first use: consolidation's screening imports
:mod:`addin.report.marker` before its workers start, and must not pay for the rest.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from addin.lazy import lazy_exports

if TYPE_CHECKING:
    from addin.report.content import StatusReport, build_status_report
    from addin.report.from_file import report_for_file
    from addin.report.from_rollup import RollupContent, read_rollup

#: Exported name -> the module that defines it.
_EXPORTS = {
    "RollupContent": "addin.report.from_rollup",
    "StatusReport": "addin.report.content",
    "build_status_report": "addin.report.content",
    "read_rollup": "addin.report.from_rollup",
    "report_for_file": "addin.report.from_file",
}

__all__ = [
    "RollupContent",
    "StatusReport",
    "build_status_report",
    "read_rollup",
    "report_for_file",
]


__getattr__ = lazy_exports(__name__, _EXPORTS)
