"""One-page status reports, the portfolio pack, and feedback workbooks for each team.

Every figure comes from the roll-up's own code path: a project workbook is read and
checked as consolidation reads it, its rows and figures are built by the roll-up's table
builders (:mod:`addin.rollup`), and a roll-up workbook is read back from those same tables.
"""

from addin.report.content import StatusReport, build_status_report
from addin.report.from_file import report_for_file
from addin.report.from_rollup import RollupContent, read_rollup

__all__ = [
    "RollupContent",
    "StatusReport",
    "build_status_report",
    "read_rollup",
    "report_for_file",
]
