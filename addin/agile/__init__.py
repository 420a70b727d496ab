"""Agile delivery (SPEC section 16): velocity, say/do, scope change and a forecast finish
per agile or hybrid project, computed from its own iteration rows."""

from addin.agile.metrics import (
    AgileMetrics,
    agile_metrics,
    committed_known,
    ended_iterations,
    finish_date,
    iteration_label,
    mean_length_days,
    say_do,
    scope_change,
    velocity,
)
from addin.agile.portfolio import (
    PortfolioAgile,
    metrics_for_result,
    portfolio_agile,
    project_metrics,
)

__all__ = [
    "AgileMetrics",
    "PortfolioAgile",
    "agile_metrics",
    "committed_known",
    "ended_iterations",
    "finish_date",
    "iteration_label",
    "mean_length_days",
    "metrics_for_result",
    "portfolio_agile",
    "project_metrics",
    "say_do",
    "scope_change",
    "velocity",
]
