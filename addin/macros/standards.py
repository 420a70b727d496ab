"""Help > Standards: which EPMO standards are in use, where they come from, what they set."""

from __future__ import annotations

import os
from pathlib import Path

from addin.macros.context import MacroContext, MacroResult
from addin.standards.loader import DEFAULTS_PATH, ENV_VAR


def standards_source(ctx: MacroContext) -> str:
    """Where the standards in ``ctx`` were loaded from, in words.

    A host that loaded them from a file passes its path as ``options["standards_path"]``;
    otherwise the ``PMO_STANDARDS`` variable decides, else the built-in defaults.
    """
    given = ctx.options.get("standards_path")
    if given:
        return str(Path(str(given)))
    env = os.environ.get(ENV_VAR)
    if env:
        return f"{env} (from {ENV_VAR})"
    return f"built-in defaults ({DEFAULTS_PATH.name})"


def run(ctx: MacroContext) -> MacroResult:
    """Describe the standards in use: name, version, source and the key thresholds."""
    s = ctx.standards
    bands = ", ".join(f"{b.name} {b.min}-{b.max}" for b in s.score_bands)
    overridden = sorted(s.rules)
    lines = [
        f"{s.meta.name}, version {s.version}",
        f"Source: {standards_source(ctx)}",
        f"Risk score bands: {bands}",
        f"Cost RAG: Amber over {s.cost_rag.amber_overrun_pct:g}% overrun, "
        f"Red over {s.cost_rag.red_overrun_pct:g}%",
        f"Stale: report older than {s.staleness.report_days} days, "
        f"items not updated for {s.staleness.item_days} days",
        f"Milestone slip warning after {s.milestones.slip_warning_days} days",
        f"Lists: {len(s.lists)}; rule severities changed: {len(overridden)}",
        "Change them: `pmo standards init`, edit the file, set PMO_STANDARDS to its path.",
    ]
    data = {
        "name": s.meta.name,
        "version": s.version,
        "source": standards_source(ctx),
        "score_bands": [(b.name, b.min, b.max) for b in s.score_bands],
        "rules_overridden": overridden,
    }
    return MacroResult("\n".join(lines), data=data)
