from __future__ import annotations

from datetime import date

from addin import derived
from addin.models import FinanceLine


def test_risk_score_and_rating(standards):
    assert derived.risk_score(4, 5) == 20
    assert derived.rating(20, standards) == "Critical"
    assert derived.rating(derived.risk_score(2, 2), standards) == "Low"
    assert derived.rating(derived.risk_score(3, 3), standards) == "Medium"
    assert derived.risk_score(None, 3) is None
    assert derived.risk_score("High", 3) is None
    assert derived.rating(None, standards) is None


def test_dates():
    assert derived.slippage_days(date(2026, 1, 1), date(2026, 1, 11)) == 10
    assert derived.slippage_days(date(2026, 1, 1), date(2026, 1, 11), date(2025, 12, 30)) == -2
    assert derived.slippage_days(None, date(2026, 1, 11)) is None
    assert derived.slack_days(date(2026, 3, 1), date(2026, 3, 5)) == -4
    assert derived.days_overdue(date(2026, 1, 1), date(2026, 1, 31)) == 30
    assert derived.days_overdue(date(2026, 1, 1), date(2026, 1, 31), is_open=False) == 0
    assert derived.days_overdue(date(2026, 2, 1), date(2026, 1, 31)) == 0


def test_finance_figures_follow_the_spec_definitions(standards):
    lines = [
        FinanceLine(month=date(2026, 1, 1), cost_line="Dev", budget=100, actual=110, forecast=100),
        FinanceLine(month=date(2026, 2, 1), cost_line="Dev", budget=100, actual=90, forecast=100),
        FinanceLine(month=date(2026, 3, 1), cost_line="Dev", budget=100, actual=None, forecast=130),
    ]
    figures = derived.finance_figures(lines, date(2026, 2, 14), standards)
    assert figures.bac == 300
    assert figures.actual_to_date == 200
    assert figures.etc == 130
    assert figures.eac == 330
    assert figures.vac == -30
    assert figures.vac_pct == -0.1
    assert figures.cost_rag == "Amber"  # 10% overrun is not more than 10%
    assert derived.cost_rag(-0.1001, standards) == "Red"
    assert derived.cost_rag(-0.05, standards) == "Green"
    assert derived.vac_pct(0, 10) is None


def test_indices_and_ids():
    assert derived.cpi(90, 100) == 0.9
    assert derived.spi(120, 100) == 1.2
    assert derived.cpi(90, 0) is None
    assert derived.wsjf(5, 3, 2, 2) == 5
    assert derived.wsjf(5, 3, 2, 0) is None
    assert derived.next_id("R", ["R-001", "R-007", "I-009", None, "junk"]) == "R-008"
    assert derived.next_id("DC", []) == "DC-001"


def test_excel_serials_follow_excel_including_1900():
    from datetime import datetime

    from addin.cells import excel_serial, from_excel_serial

    assert excel_serial(date(1900, 1, 1)) == 1
    assert excel_serial(date(1900, 2, 28)) == 59
    assert excel_serial(date(1900, 3, 1)) == 61
    assert excel_serial(date(2026, 11, 26)) == 46352
    assert excel_serial(datetime(2026, 11, 26, 12, 0)) == 46352.5
    for day in (
        date(1900, 1, 1),
        date(1900, 2, 1),
        date(1900, 2, 28),
        date(1900, 3, 1),
        date(2026, 4, 30),
    ):
        assert from_excel_serial(excel_serial(day)).date() == day
