"""PMO functions for the portfolio: WSJF priority and values from the latest roll-up."""

from __future__ import annotations

from typing import Any

from addin import derived
from addin.errors import UsageError
from addin.excel_values import ExcelInputError, excel_call, number_arg, text_arg
from udfs.registry import pmo_function

_SCALE = "1 (very low) to 5 (very high)."


@pmo_function(
    args={
        "strategic_value": f"Strategic (business) value, {_SCALE}",
        "time_criticality": f"Time criticality, {_SCALE}",
        "risk_reduction": f"Risk reduction or opportunity enablement, {_SCALE}",
        "job_size": "Job size, 1 (small) to 5 (very large).",
    },
    returns="(value + criticality + risk reduction) / job size; empty when any is blank.",
    example="=PMO_WSJF(5, 3, 2, 2) -> 5",
)
def PMO_WSJF(
    strategic_value: Any, time_criticality: Any, risk_reduction: Any, job_size: Any
) -> Any:
    """Weighted shortest job first (WSJF): cost of delay divided by job size."""
    return excel_call(
        lambda: derived.wsjf(
            number_arg(strategic_value, "strategic_value"),
            number_arg(time_criticality, "time_criticality"),
            number_arg(risk_reduction, "risk_reduction"),
            number_arg(job_size, "job_size"),
        )
    )


def _lookup(project_id: Any, field: Any, rollup: Any) -> Any:
    from pathlib import Path

    from addin.consolidate import rollup_lookup

    pid = text_arg(project_id, "project_id")
    name = text_arg(field, "field")
    if pid is None or name is None:
        return None
    path = text_arg(rollup, "rollup")
    try:
        return rollup_lookup(pid, name, Path(path) if path else None)
    except UsageError as exc:
        raise ExcelInputError(f"#N/A {exc}") from None


@pmo_function(
    args={
        "project_id": "The project's ID, as on its Project sheet (e.g. PRJ-0042).",
        "field": "A column of the roll-up's Projects sheet, e.g. EAC, Overall RAG, VAC %.",
        "rollup": "A roll-up workbook's path (default: the latest consolidation).",
    },
    returns="The project's value in the roll-up; #N/A text naming what is missing.",
    example='=PMO_ROLLUP("PRJ-0042", "Overall RAG") -> Amber',
)
def PMO_ROLLUP(project_id: Any, field: Any, rollup: Any = None) -> Any:
    """Look up a project's field in the latest portfolio roll-up."""
    return excel_call(lambda: _lookup(project_id, field, rollup))
