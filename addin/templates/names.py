"""The workbook-level defined names the template creates (documented in docs/templates.md).

Validations, formulas and conditional formats refer to these names rather than to cell
addresses, so the Lists sheet can grow without breaking them.
"""

from __future__ import annotations

#: Score bands on the Lists sheet, sorted by their lower bound.
BAND_MIN = "lst_band_min"
BAND_MAX = "lst_band_max"
BAND_NAME = "lst_band_name"

#: Cost RAG thresholds (overrun per cent) on the Lists sheet.
COST_AMBER_PCT = "std_cost_amber_pct"
COST_RED_PCT = "std_cost_red_pct"

#: Finance Summary totals (SPEC section 4 definitions).
FIN_REPORT_MONTH = "fin_ReportMonth"
FIN_BAC = "fin_BAC"
FIN_ACTUAL_TO_DATE = "fin_ActualToDate"
FIN_ETC = "fin_ETC"
FIN_EAC = "fin_EAC"
FIN_VAC = "fin_VAC"
FIN_VAC_PCT = "fin_VACPct"
FIN_COST_RAG = "fin_CostRAG"


def list_range_name(list_name: str) -> str:
    """The defined name of a standards list: ``"risk_status"`` -> ``"lst_risk_status"``."""
    return f"lst_{list_name}"


def closed_range_name(item: str) -> str:
    """The defined name of a register's closed statuses: ``"risk"`` -> ``"lst_closed_risk"``."""
    return f"lst_closed_{item}"
