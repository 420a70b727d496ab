"""Round 35's red team of its first wave (task rt35): wrong results a PMO would trust.

Each test is a near-miss a first-wave rule's author did not think of, written failing
first, then fixed in ``addin/adopt``.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from addin.adopt.amounts import parse_amount
from tests.adopt_sheets import adopt, book, registers

D = datetime


# --- finding 1: India's crore to two decimals is no ledger credit --------------------------


def test_a_rupee_crore_figure_to_two_decimals_is_no_ledger_credit() -> None:
    # Indian budgets state crores to two decimals (``₹ 12.50 Cr``): read as a ledger
    # credit, -12.50, the budget took the wrong sign and a ten-millionth of its size
    for text in ("₹ 12.50 Cr", "Rs. 1,250.00 Cr", "INR 12.50 Cr", "Rs 3.75 cr."):
        assert parse_amount(text) is None or parse_amount(text) > 1_000_000, text


def test_a_ledgers_own_marks_still_read() -> None:
    assert parse_amount("1,200.00 DR") == 1200.0
    assert parse_amount("300.00 CR") == -300.0
    assert parse_amount("1,200.00 Dr") == 1200.0


# --- finding 2: a profit and loss's Net beside its Gross is no invoice's net of tax -------


def test_a_monthly_profit_and_loss_net_margin_is_no_actual(tmp_path: Path) -> None:
    rows = [
        ["Month", "Cost centre", "Revenue", "Gross", "Net"],
        [D(2026, 1, 1), "Consulting", 10000, 4000, 1500],
        [D(2026, 2, 1), "Consulting", 12000, 5000, 2100],
        [D(2026, 3, 1), "Training", 3000, 1200, -300],
    ]
    assert registers(adopt(book(tmp_path / "p.xlsx", "P&L", rows))) == []


def test_a_margin_report_gross_and_net_without_revenue_is_no_actual(tmp_path: Path) -> None:
    # the gross profit far above the net: no tax between them
    rows = [
        ["Month", "Workstream", "Gross", "Net"],
        [D(2026, 1, 1), "Consulting", 4000, 1500],
        [D(2026, 2, 1), "Consulting", 5000, 2100],
        [D(2026, 3, 1), "Training", 1200, 300],
    ]
    assert registers(adopt(book(tmp_path / "m.xlsx", "Margins", rows))) == []
