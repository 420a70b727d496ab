"""Planted defects: the typical mistakes a PMO meets, each put into a demo project on
purpose and recorded with the rule code that must find it and where.

A defect is planted by *kind*; :data:`DEFECT_KINDS` maps each kind to the rule code of the
catalogue (docs/rules.md) that reports it and to the function that plants it (modules
``plant_*``). ``pmo demo``'s tests check every planted defect is found at its code and
cell: issue 3's done criterion.
"""

from __future__ import annotations

from dataclasses import dataclass

from addin.demo.agile_history import falling_say_do, scope_creep
from addin.demo.plant_base import Plant
from addin.demo.plant_cells import (
    error_value,
    formula_in_input,
    text_in_date_column,
    text_in_number_column,
)
from addin.demo.plant_finance import (
    actual_in_future_month,
    capex_opex_missing,
    duplicate_finance_line,
    eac_over_budget,
    forecast_differs_from_actual,
    month_outside_project,
    negative_amount,
)
from addin.demo.plant_milestones import (
    milestone_complete_without_actual,
    milestone_overdue,
    milestone_slipped,
    milestone_without_baseline,
)
from addin.demo.plant_project import (
    green_with_critical_risk,
    malformed_project_id,
    missing_project_id,
    stale_report_date,
)
from addin.demo.plant_raid import (
    assumption_past_validate_by,
    closed_before_raised,
    closed_date_on_open_item,
    closed_without_date,
    committed_after_need_by,
    dependency_without_counterparty,
    duplicate_id,
    future_raised_date,
    high_risk_without_response,
    malformed_item_id,
    missing_owner,
    overdue_item,
    placeholder_owner,
    probability_out_of_range,
    residual_above_inherent,
    severe_issue_not_escalated,
    stale_item,
    typed_score,
    unknown_linked_id,
    value_not_in_list,
)


@dataclass(frozen=True)
class DefectKind:
    """A kind of defect: the rule code that must report it, and how to plant it."""

    kind: str
    code: str | None  # None: no rule reports it yet (the demo's test lists it as missing)
    title: str
    plant: Plant
    phase: str = "content"  # "header": planted before the registers are generated


DEFECT_KINDS: tuple[DefectKind, ...] = (
    DefectKind("missing_project_id", "PRJ-001", "Project ID missing", missing_project_id, "header"),
    DefectKind("stale_report_date", "PRJ-004", "Report date stale", stale_report_date, "header"),
    DefectKind("malformed_project_id", "PRJ-002", "Project ID malformed", malformed_project_id, "header"),
    DefectKind("green_with_critical_risk", "PRJ-006", "Overall Green with a Critical risk open", green_with_critical_risk),
    DefectKind("duplicate_id", "RAID-002", "Duplicate ID", duplicate_id),
    DefectKind("placeholder_owner", "RAID-007", "Placeholder owner (TBC)", placeholder_owner),
    DefectKind("missing_owner", "RAID-006", "Owner missing", missing_owner),
    DefectKind("malformed_item_id", "RAID-004", "Malformed ID", malformed_item_id),
    DefectKind("unknown_linked_id", "RAID-022", "Linked ID not in the workbook", unknown_linked_id),
    DefectKind("value_not_in_list", "RAID-008", "Value not in the list", value_not_in_list),
    DefectKind("probability_out_of_range", "RAID-003", "Probability out of range", probability_out_of_range),
    DefectKind("typed_score", "RAID-009", "Typed score differs from P x I", typed_score),
    DefectKind("high_risk_without_response", "RAID-011", "Open High risk without a response", high_risk_without_response),
    DefectKind("overdue_item", "RAID-012", "Open item past its due date", overdue_item),
    DefectKind("closed_without_date", "RAID-013", "Closed without a closed date", closed_without_date),
    DefectKind("closed_before_raised", "RAID-014", "Closed before it was raised", closed_before_raised),
    DefectKind("closed_date_on_open_item", "RAID-024", "Closed date on an open item", closed_date_on_open_item),
    DefectKind("future_raised_date", "RAID-025", "Raised date in the future", future_raised_date),
    DefectKind("stale_item", "RAID-015", "Item not updated within the window", stale_item),
    DefectKind("residual_above_inherent", "RAID-016", "Residual score above inherent", residual_above_inherent),
    DefectKind("assumption_past_validate_by", "RAID-017", "Assumption past its validate-by date", assumption_past_validate_by),
    DefectKind("committed_after_need_by", "RAID-020", "Dependency committed after need-by", committed_after_need_by),
    DefectKind("dependency_without_counterparty", "RAID-018", "Dependency without a counterparty", dependency_without_counterparty),
    DefectKind("severe_issue_not_escalated", "RAID-021", "Severity-4 issue not escalated", severe_issue_not_escalated),
    DefectKind("actual_in_future_month", "FIN-001", "Actual in a future month", actual_in_future_month),
    DefectKind("duplicate_finance_line", "FIN-004", "Duplicate month and cost line", duplicate_finance_line),
    DefectKind("negative_amount", "FIN-003", "Negative amount", negative_amount),
    DefectKind("eac_over_budget", "FIN-008", "EAC over budget beyond red", eac_over_budget),
    DefectKind("forecast_differs_from_actual", "FIN-002", "Forecast differs from actual in a closed month", forecast_differs_from_actual),
    DefectKind("capex_opex_missing", "FIN-009", "CapEx/OpEx missing", capex_opex_missing),
    DefectKind("month_outside_project", "FIN-006", "Month outside the project dates", month_outside_project),
    DefectKind("milestone_slipped", "MS-001", "Milestone slipped past baseline", milestone_slipped),
    DefectKind("milestone_complete_without_actual", "MS-004", "Complete without an actual date", milestone_complete_without_actual),
    DefectKind("milestone_overdue", "MS-002", "Milestone past its forecast date, not complete", milestone_overdue),
    DefectKind("milestone_without_baseline", "MS-005", "Milestone without a baseline date", milestone_without_baseline),
    DefectKind("text_in_date_column", "WB-012", "Text in a date column", text_in_date_column),
    DefectKind("error_value", "WB-011", "Error value (#REF!) in an input", error_value),
    DefectKind("text_in_number_column", "WB-013", "Text in a number column", text_in_number_column),
    DefectKind("formula_without_cached_value", "WB-010", "Formula typed into an input, never calculated", formula_in_input),
    DefectKind("scope_creep", "ITR-104", "Scope creep: Remaining Points rising sprint after sprint", scope_creep),
    DefectKind("falling_say_do", "ITR-101", "Say/do falling below the threshold", falling_say_do),
)  # fmt: skip

DEFECTS_BY_KIND = {d.kind: d for d in DEFECT_KINDS}
