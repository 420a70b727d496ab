"""The portfolio roll-up workbook (SPEC section 7): built as data, then written safely."""

from addin.rollup.atomic import RollupLockedError, atomic_output, output_lock
from addin.rollup.build import Rollup, build_rollup
from addin.rollup.figures import ProjectFigures, data_quality_score, project_figures
from addin.rollup.inputs import LoadEntry, ProjectInput, RollupInputs, RunInfo
from addin.rollup.summary import PortfolioTotals, portfolio_totals
from addin.rollup.writer import ROLLUP_MARKER, write_rollup

__all__ = [
    "ROLLUP_MARKER",
    "LoadEntry",
    "PortfolioTotals",
    "ProjectFigures",
    "ProjectInput",
    "Rollup",
    "RollupInputs",
    "RollupLockedError",
    "RunInfo",
    "atomic_output",
    "build_rollup",
    "data_quality_score",
    "output_lock",
    "portfolio_totals",
    "project_figures",
    "write_rollup",
]
