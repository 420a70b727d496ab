"""Round 33 (task lf33): round 32's leftovers a PMO meets in any workbook.

- a purchase order's value (``PO value``, ``PO amount``, ``Order value``, ``Value of PO``)
  is a commitment, never the actual: the standard's Finance register has no column for it,
  so it is left out and listed; a PO log with ``Invoiced`` beside it is a finance table
  (the invoices are the actual of each row's month), and one whose only other figure is
  a running total (``Invoiced to date``) or nothing is refused, saying why;
- a months-down log whose months carry no year takes the year its title, its sheet name
  or its report date states;
- ``Month | Feed - Budget | Feed - Actual | Feed - Variance`` under a title is read by line.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from addin.adopt.match import order_value
from tests.adopt_sheets import adopt, book, only, targets

JAN, FEB, MAR = date(2026, 1, 1), date(2026, 2, 1), date(2026, 3, 1)

# --- a purchase order's value is a commitment ----------------------------------------------


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
        ["PO number", "Supplier", "Description", "Date raised", "PO value", "Invoiced"],
        ["PO ref", "Vendor", "Item", "Order date", "Order value", "Invoiced"],
        ["Order no", "Contractor", "Cost item", "Date", "Value of PO", "Amount invoiced"],
        ["PO no.", "Supplier", "Description", "Date raised", "PO_Amount", "Invoiced amount"],
    ],
)
def test_a_po_logs_invoices_are_the_actual_and_its_value_is_left_out(
    head: list[str], tmp_path: Path
) -> None:
    adoption = adopt(book(tmp_path / "po.xlsx", "POs", _po_log(head)))
    table = only(adoption)
    assert table.register == "finance"
    got = {(f.month, f.cost_line): (f.budget, f.actual) for f in adoption.project.finance}
    assert got == {
        (JAN, "Groundworks"): (None, 20000.0),
        (FEB, "Wiring"): (None, 12000.0),
        (MAR, "Crane hire"): (None, 2000.0),
    }
    assert targets(table)[head[4]] is None
    (col,) = [c for c in table.columns if c.header == head[4]]
    assert "commitment" in col.note and "not counted as spent" in col.note


@pytest.mark.parametrize("value", ["PO amount", "Order amount", "PO total (GBP)"])
def test_a_po_value_beside_a_budget_is_never_the_actual(value: str, tmp_path: Path) -> None:
    head = ["PO number", "Supplier", "Description", "Date raised", value, "Budget"]
    adoption = adopt(book(tmp_path / "po.xlsx", "POs", _po_log(head)))
    table = only(adoption)
    assert targets(table)[value] is None
    assert all(f.actual is None for f in adoption.project.finance)
    assert [f.budget for f in adoption.project.finance] == [20000.0, 12000.0, 2000.0]


@pytest.mark.parametrize(
    "head",
    [
        ["PO number", "Supplier", "Description", "Date raised", "PO value", "Invoiced to date"],
        ["PO number", "Supplier", "Description", "Date raised", "PO amount"],
    ],
)
def test_a_po_log_with_no_months_spend_is_refused_saying_why(
    head: list[str], tmp_path: Path
) -> None:
    rows = [r[: len(head)] for r in _po_log(head)]
    adoption = adopt(book(tmp_path / "po.xlsx", "POs", rows))
    assert not adoption.report.adopted_tables
    assert not adoption.project.finance
    (table,) = adoption.report.tables
    assert "values are commitments" in table.reason


def test_near_miss_words_of_spending_or_other_totals_are_no_orders_value() -> None:
    for header in ("PO value", "PO amount", "Order value", "Contract sum", "Value of PO"):
        assert order_value(header), header
    for header in (
        "PO invoiced amount",
        "Paid against PO",
        "Amount",
        "Postage amount",
        "Portfolio total",
        "Invoiced to date",
    ):
        assert not order_value(header), header


def test_near_miss_an_invoice_log_without_an_orders_value_is_as_before(tmp_path: Path) -> None:
    head = ["PO number", "Supplier", "Description", "Date raised", "Budget", "Invoiced"]
    adoption = adopt(book(tmp_path / "po.xlsx", "POs", _po_log(head)))
    got = {(f.month, f.cost_line): (f.budget, f.actual) for f in adoption.project.finance}
    assert got[(JAN, "Groundworks")] == (50000.0, 20000.0)


# --- a months-down log whose months carry no year -----------------------------------------


def _one_line_log(
    title: list[list[object]], head: list[str], months: list[str]
) -> list[list[object]]:
    rows: list[list[object]] = [*title, [], head]
    for n, month in enumerate(months):
        rows.append([month, 100 + n, 90 + n][: len(head)])
    return rows


@pytest.mark.parametrize(
    ("title", "sheet", "head", "months", "first", "said"),
    [
        (
            [["Cost tracker 2026"]],
            "Costs",
            ["Month", "Budget", "Actual"],
            ["Jan", "Feb", "Mar"],
            JAN,
            "the title states",
        ),
        (
            [["Monthly spend"], ["Report date", "2026-03-31"]],
            "Costs",
            ["Mth", "Plan", "Actual"],
            ["January", "February", "March"],
            JAN,
            "the title states",
        ),
        (
            [["Monthly spend"]],
            "2026",
            ["Month", "Budget", "Spend"],
            ["Jan", "Feb", "Mar"],
            JAN,
            "the sheet's name states",
        ),
        (
            [["Monthly spend"]],
            "FY2026",
            ["Month", "Budget", "Actual"],
            ["Jan", "Feb", "Mar"],
            JAN,
            "the sheet's name states",
        ),
        (
            [["Budget vs actual FY2026/27"]],
            "Costs",
            ["Month", "Budget", "Actual"],
            ["Apr", "May", "Jun"],
            date(2026, 4, 1),
            "the title states",
        ),
    ],
)
def test_a_months_down_log_takes_its_year_from_the_title_or_the_sheet(
    title: list[list[object]],
    sheet: str,
    head: list[str],
    months: list[str],
    first: date,
    said: str,
    tmp_path: Path,
) -> None:
    adoption = adopt(book(tmp_path / "log.xlsx", sheet, _one_line_log(title, head, months)))
    table = only(adoption)
    rows = sorted((f.month, f.budget, f.actual) for f in adoption.project.finance)
    assert rows[0] == (first, 100.0, 90.0)
    assert [r[0].month for r in rows] == [first.month, first.month + 1, first.month + 2]
    assert len({r[0].year for r in rows}) == 1
    assert any(said in n for n in table.notes)


@pytest.mark.parametrize(
    ("title", "months"),
    [
        ([["Monthly spend"]], ["Jan", "Feb", "Mar"]),  # no year anywhere: never guessed
        ([["Cost tracker 2026"]], ["Mar", "Jan", "Feb"]),  # out of order: never guessed
    ],
)
def test_near_miss_no_year_stated_or_months_out_of_order_stay_unread(
    title: list[list[object]], months: list[str], tmp_path: Path
) -> None:
    head = ["Month", "Budget", "Actual"]
    adoption = adopt(book(tmp_path / "log.xlsx", "Costs", _one_line_log(title, head, months)))
    assert not adoption.project.finance


# --- a glued measure after a dash, one line down the months, a variance beside -------------


@pytest.mark.parametrize(
    ("head", "months"),
    [
        (
            ["Month", "Feed - Budget", "Feed - Actual", "Feed - Variance"],
            ["July 2025", "August 2025", "September 2025"],
        ),
        (["Month", "Feed_Budget", "Feed_Actual", "Feed_Variance"], ["Jul-25", "Aug-25", "Sep-25"]),
        (
            ["Period", "Feed: Budget", "Feed: Actual", "Feed: Var"],
            [date(2025, 7, 1), date(2025, 8, 1), date(2025, 9, 1)],
        ),
    ],
)
def test_a_lines_measures_with_a_variance_are_read_by_line(
    head: list[str], months: list[object], tmp_path: Path
) -> None:
    # the variance is the budget less the actual on every row: the budget row of the
    # turned tracker is then the sum of the actual and variance rows, and was read as
    # their parent line (the budget lost)
    rows: list[list[object]] = [["Monthly tracker"], [], head]
    for month, actual in zip(months, (90, 110, 95), strict=True):
        rows.append([month, 100, actual, 100 - actual])
    adoption = adopt(book(tmp_path / "feed.xlsx", "Tracker", rows))
    got = sorted((f.month, f.cost_line, f.budget, f.actual) for f in adoption.project.finance)
    assert got == [
        (date(2025, 7, 1), "Feed", 100.0, 90.0),
        (date(2025, 8, 1), "Feed", 100.0, 110.0),
        (date(2025, 9, 1), "Feed", 100.0, 95.0),
    ]


def test_near_miss_a_parent_line_inside_one_block_is_still_a_parent(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Cost tracker"],
        [],
        ["Cost line", "Jan 2026", "Feb 2026", "Mar 2026"],
        ["Budget"],
        ["Labour", 300, 310, 320],
        ["Internal staff", 200, 200, 200],
        ["Contractors", 100, 110, 120],
        ["Actual"],
        ["Labour", 290, 300, 330],
        ["Internal staff", 190, 200, 210],
        ["Contractors", 100, 100, 120],
    ]
    adoption = adopt(book(tmp_path / "tree.xlsx", "Costs", rows))
    lines = {f.cost_line for f in adoption.project.finance}
    assert lines == {"Internal staff", "Contractors"}
    got = {(f.month, f.cost_line): (f.budget, f.actual) for f in adoption.project.finance}
    assert got[(JAN, "Contractors")] == (100.0, 100.0)


# --- a payment application's claim, a supplier's decision maker -----------------------------


def test_a_claim_this_period_is_listed_not_counted(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Payment application No. 7"],
        ["Period ending 31 March 2026"],
        [],
        ["Item", "Description", "Contract sum", "Claimed this period", "Certified this period"],
        ["1", "Site establishment", 10000, 2000, 1800],
        ["2", "Groundworks", 50000, 8000, 7500],
    ]
    adoption = adopt(book(tmp_path / "pa.xlsx", "Valuation", rows))
    table = only(adoption)
    got = {(f.month, f.cost_line): f.actual for f in adoption.project.finance}
    assert got == {(MAR, "Site establishment"): 1800.0, (MAR, "Groundworks"): 7500.0}
    notes = {c.header: c.note for c in table.columns}
    assert "not yet certified" in notes["Claimed this period"]
    assert "commitment" in notes["Contract sum"]


@pytest.mark.parametrize(
    ("vendor", "client"),
    [
        ("Decided by (Vendor)", "Decided by (Client)"),
        ("Approved by - Supplier", "Approved by"),
        ("Vendor decision maker", "Decision maker"),
    ],
)
@pytest.mark.parametrize("vendor_first", [True, False])
def test_the_clients_decision_maker_is_made_by_whichever_stands_first(
    vendor: str, client: str, vendor_first: bool, tmp_path: Path
) -> None:
    pair = [vendor, client] if vendor_first else [client, vendor]
    people = (["Tom Reed", "Anna Berg"], ["Sam Holt", "Anna Berg"])
    rows: list[list[object]] = [["Decision log"], [], ["ID", "Decision", "Date", *pair]]
    for n, (theirs, ours) in enumerate(people, start=1):
        who = [theirs, ours] if vendor_first else [ours, theirs]
        rows.append([f"D{n}", f"Decision {n}", f"2026-0{n}-10", *who])
    adoption = adopt(book(tmp_path / "dl.xlsx", "Decisions", rows))
    table = only(adoption)
    assert [d.made_by for d in adoption.project.decisions] == ["Anna Berg", "Anna Berg"]
    assert targets(table)[vendor] is None
    assert "supplier's side" in {c.header: c.note for c in table.columns}[vendor]


def test_near_miss_a_vendors_decision_maker_alone_is_the_maker(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Decision log"],
        [],
        ["ID", "Decision", "Date", "Decided by (Vendor)"],
        ["D1", "Use cloud hosting", "2026-01-10", "Tom Reed"],
        ["D2", "Defer phase 2", "2026-02-10", "Sam Holt"],
    ]
    adoption = adopt(book(tmp_path / "dl.xlsx", "Decisions", rows))
    assert [d.made_by for d in adoption.project.decisions] == ["Tom Reed", "Sam Holt"]
