"""Round 35's red team of its first wave (task rt35): wrong results a PMO would trust.

Each test is a near-miss a first-wave rule's author did not think of, written failing
first, then fixed in ``addin/adopt``.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from addin.adopt.amounts import parse_amount
from addin.adopt.match import QUALIFIED_MEASURE
from tests.adopt_sheets import adopt, best_candidate, book, finance_by_line, registers

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


# --- finding 3: a qualified measure that is no money or no budget ---------------------------


@pytest.mark.parametrize(
    "header",
    [
        "Over Budget",  # the overrun, a variance
        "Under Budget",
        "Overrun Budget",
        "Used Budget",  # what is spent: the actual, not the budget
        "Consumed Budget",
        "Burned Budget",
        "Headcount Budget",  # people, not money
        "Effort Budget",
        "Time Budget",
        "Percent Budget",
        "Carbon Budget",
        "Units Forecast",
        "Tonnes Forecast",
        "Savings Forecast",  # a saving, not a spend
    ],
)
def test_a_qualifier_naming_no_money_or_another_figure_reads_no_measure(header: str) -> None:
    found = best_candidate(header, "finance")
    assert found is None or found[0] not in ("budget", "forecast"), found


def test_the_qualified_measures_still_read() -> None:
    for header, key in (
        ("Builder Budget", "budget"),
        ("Owner Budget", "budget"),
        ("Client Forecast", "forecast"),
    ):
        assert best_candidate(header, "finance") == (key, QUALIFIED_MEASURE)


def test_a_trackers_over_budget_column_is_no_budget(tmp_path: Path) -> None:
    rows = [
        ["Month", "Workstream", "Actual", "Over Budget"],
        [D(2026, 1, 1), "Design", 12000, 2000],
        [D(2026, 2, 1), "Design", 9000, 0],
        [D(2026, 1, 1), "Build", 30000, 5000],
    ]
    adoption = adopt(book(tmp_path / "o.xlsx", "Tracker", rows))
    assert registers(adoption) == ["finance"]
    assert all(line.budget in (None, 0) for line in finance_by_line(adoption).values())


# --- finding 4: a purchase order log raised and closed is no ticket export ----------------


def _opened_closed(head: list[str], prefix: str) -> list[list[object]]:
    return [
        head,
        [f"{prefix}-1", D(2026, 1, 5), "Laptops x4", "Ann Lee", "High", "Closed", D(2026, 1, 6)],
        [f"{prefix}-2", D(2026, 1, 9), "Desk chairs", "Bob Ray", "Low", "Open", None],
        [f"{prefix}-3", D(2026, 2, 2), "Monitors", "Ann Lee", "Medium", "Closed", D(2026, 2, 10)],
    ]


@pytest.mark.parametrize(
    ("sheet", "head", "prefix"),
    [
        ("Orders", ["PO", "Raised", "Description", "Buyer", "Priority", "Status", "Closed"], "PO"),
        (
            "Export",
            ["Key", "Created", "Summary", "Assignee", "Priority", "Status", "Resolved"],
            "TASK",
        ),
        ("Log", ["Ref", "Opened", "Summary", "Assignee", "Priority", "Status", "Closed"], "WO"),
    ],
)
def test_a_log_of_other_records_opened_and_closed_is_no_issue_log(
    sheet: str, head: list[str], prefix: str, tmp_path: Path
) -> None:
    rows = _opened_closed(head, prefix)
    assert registers(adopt(book(tmp_path / "o.xlsx", sheet, rows))) == []


def test_a_ticket_export_opened_and_closed_still_is(tmp_path: Path) -> None:
    head = ["Ref", "Opened", "Summary", "Assignee", "Priority", "Status", "Closed"]
    rows = _opened_closed(head, "HD")
    assert registers(adopt(book(tmp_path / "t.xlsx", "Tickets", rows))) == ["issues"]


# --- finding 5: an order log's Net beside its VAT is committed, not spent -----------------


@pytest.mark.parametrize(
    ("sheet", "head"),
    [
        (
            "Purchase orders",
            ["PO date", "PO number", "Supplier", "Cost line", "Net", "VAT", "Gross"],
        ),
        ("Commitments", ["Date", "Ref", "Supplier", "Cost line", "Net", "VAT", "Gross"]),
        ("Sheet1", ["Order date", "Ref", "Supplier", "Cost line", "Net (EUR)", "VAT", "Total"]),
        ("Quotes", ["Date", "Ref", "Supplier", "Cost line", "Net", "VAT", "Gross"]),
    ],
)
def test_an_order_or_quote_logs_net_is_no_actual(
    sheet: str, head: list[str], tmp_path: Path
) -> None:
    rows = [
        [D(2026, 1, 5 + i), f"R-{i}", "Acme", "Freight", 100.0 * i, 20.0 * i, 120.0 * i]
        for i in range(1, 4)
    ]
    assert registers(adopt(book(tmp_path / "o.xlsx", sheet, [head, *rows]))) == []
