"""Round 32 (its last hour, task le32): two expense-log readings k58 and t34c left.

- a purchase-order log's running total (``Invoiced to date``, ``Cum. invoiced``, ```Actual
  to date``) beside the date each PO was raised is no month's spend: each line is dated once,
  in different months, so it is left out and listed (never booked to the order's month);
  the near-misses: ``Invoiced`` (a month's invoices) is read as the actual, a months-down
  tracker's ``Actual to date`` is still turned into in-month amounts;
- an expense list with both a ``Cost category`` and a ``Supplier`` (or ``Vendor``,
  ``Lieferant``) is reported by category: the category is the cost line, the supplier a
  detail; near-miss: an expense list with a ``Supplier`` alone keeps it as the line.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from addin.adopt.classify import firm_as_line
from tests.adopt_sheets import adopt, book, only, targets

JAN, FEB, MAR = date(2026, 1, 1), date(2026, 2, 1), date(2026, 3, 1)

# --- a PO log's running total ------------------------------------------------------------


def _po_log(head: list[str], title: str = "Purchase orders") -> list[list[object]]:
    return [
        [title],
        [],
        head,
        ["PO-1001", "Acme Civils", "Groundworks", "2026-01-15", 50000, 20000],
        ["PO-1002", "Bolt Electrical", "Wiring", "2026-02-03", 12000, 12000],
        ["PO-1003", "Crane Hire Ltd", "Crane hire", "2026-03-10", 8000, 2000],
    ]


@pytest.mark.parametrize(
    "head",
    [
        ["PO number", "Supplier", "Description", "Date raised", "Budget", "Invoiced to date"],
        ["PO ref", "Vendor", "Item", "Order date", "Approved budget", "Cumulative invoiced"],
        ["Order no", "Contractor", "Cost item", "Date", "Budget", "Actual to date"],
    ],
)
def test_a_po_logs_running_total_is_no_months_spend(head: list[str], tmp_path: Path) -> None:
    adoption = adopt(book(tmp_path / "po.xlsx", "POs", _po_log(head)))
    table = only(adoption)
    got = {(f.month, f.cost_line): (f.budget, f.actual) for f in adoption.project.finance}
    assert got == {
        (JAN, "Groundworks"): (50000.0, None),
        (FEB, "Wiring"): (12000.0, None),
        (MAR, "Crane hire"): (8000.0, None),
    }
    assert any("dated by each row's own date" in n and head[-1] in n for n in table.notes)


def test_near_miss_a_po_logs_invoiced_is_the_months_actual(tmp_path: Path) -> None:
    head = ["PO number", "Supplier", "Description", "Date raised", "Budget", "Invoiced"]
    adoption = adopt(book(tmp_path / "po.xlsx", "POs", _po_log(head)))
    got = {(f.month, f.cost_line): (f.budget, f.actual) for f in adoption.project.finance}
    assert got == {
        (JAN, "Groundworks"): (50000.0, 20000.0),
        (FEB, "Wiring"): (12000.0, 12000.0),
        (MAR, "Crane hire"): (8000.0, 2000.0),
    }


def test_near_miss_a_tracker_down_the_months_still_turns_its_running_total(
    tmp_path: Path,
) -> None:
    rows: list[list[object]] = [
        ["Cost tracker"],
        ["Line", "Month", "Budget", "Actual to date"],
        ["Steel", "Jan 2026", 100, 50],
        ["Steel", "Feb 2026", 100, 80],
        ["Concrete", "Jan 2026", 200, 20],
        ["Concrete", "Feb 2026", 200, 90],
    ]
    adoption = adopt(book(tmp_path / "t.xlsx", "Costs", rows))
    got = {(f.month, f.cost_line): f.actual for f in adoption.project.finance}
    assert got == {
        (JAN, "Steel"): 50.0,
        (FEB, "Steel"): 30.0,
        (JAN, "Concrete"): 20.0,
        (FEB, "Concrete"): 70.0,
    }


# --- an expense list's category beside its supplier ----------------------------------------


@pytest.mark.parametrize(
    ("head", "title"),
    [
        (["Date", "Cost category", "Supplier", "Amount"], "Expenses"),
        (["Posting date", "Vendor", "Expense category", "Net amount"], "Expense list"),
        # round 33: a ``PO amount`` is the order's commitment, no actual (it was this
        # variant's amount until then); what was invoiced against the orders is
        (["PO date", "Lieferant", "Cost category", "Invoiced amount"], "Purchase order log"),
    ],
)
def test_an_expense_lists_category_is_its_line(head: list[str], title: str, tmp_path: Path) -> None:
    cat = head.index(next(h for h in head if "categor" in h.lower()))
    firm = 3 - cat if cat in (1, 2) else 2
    rows: list[list[object]] = [[title], [], head]
    for when, category, supplier, amount in (
        ("2026-01-05", "Travel", "Qantas", 1200),
        ("2026-01-20", "Site equipment", "Hilti", 2300),
        ("2026-02-11", "Travel", "Hilton", 800),
    ):
        row: list[object] = [when, None, None, amount]
        row[cat], row[firm] = category, supplier
        rows.append(row)
    adoption = adopt(book(tmp_path / "ex.xlsx", "Costs", rows))
    table = only(adoption)
    assert targets(table)[head[cat]] == "cost_line"
    assert targets(table)[head[firm]] is None
    got = {(f.month, f.cost_line): f.actual for f in adoption.project.finance}
    assert got == {(JAN, "Travel"): 1200.0, (JAN, "Site equipment"): 2300.0, (FEB, "Travel"): 800.0}


def test_near_miss_an_expense_list_with_a_supplier_alone_keeps_it(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Expenses"],
        [],
        ["Date", "Supplier", "Amount"],
        ["2026-01-05", "Qantas", 1200],
        ["2026-01-20", "Hilti", 2300],
        ["2026-02-11", "Hilton", 800],
    ]
    adoption = adopt(book(tmp_path / "ex.xlsx", "Costs", rows))
    assert targets(only(adoption))["Supplier"] == "cost_line"
    got = {(f.month, f.cost_line): f.actual for f in adoption.project.finance}
    assert got == {(JAN, "Qantas"): 1200.0, (JAN, "Hilti"): 2300.0, (FEB, "Hilton"): 800.0}


def test_near_miss_a_named_line_beside_category_and_supplier_stays(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Expenses"],
        [],
        ["Date", "Cost category", "Supplier", "Description", "Amount"],
        ["2026-01-05", "Travel", "Qantas", "Flight", 1200],
        ["2026-02-11", "Travel", "Hilton", "Hotel", 800],
    ]
    adoption = adopt(book(tmp_path / "ex.xlsx", "Costs", rows))
    assert targets(only(adoption))["Description"] == "cost_line"


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("Supplier", True),
        ("Vendor", True),
        ("Lieferant", True),
        ("Description", False),
        ("Cost category", False),
        ("Supplier name", False),  # a name: read as a line of its own, as before
    ],
)
def test_a_firm_as_the_line(header: str, expected: bool) -> None:
    assert firm_as_line(header) is expected


def test_near_miss_a_tracker_in_its_first_month_keeps_its_figures(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Cost tracker"],
        ["Cost line", "Month", "Budget", "Actual to date"],
        ["Steel", "Jan 2026", 100, 50],
        ["Concrete", "Jan 2026", 200, 20],
    ]
    adoption = adopt(book(tmp_path / "t.xlsx", "Costs", rows))
    got = {(f.month, f.cost_line): f.actual for f in adoption.project.finance}
    assert got == {(JAN, "Steel"): 50.0, (JAN, "Concrete"): 20.0}
