"""Round 35 (task px35): rules found by perturbing the tuning layouts structurally.

``benchmarks/adopt_perturb.py --structural`` put a blank spacer column inside the supplier
and finance tuning layouts' tables; every consultancy fee tracker (``Month | Fee line |
Budget | Actual``) lost the whole tracker, or every amount right of the spacer: the joins
across spacers (:mod:`addin.adopt.spacers`) left finance out. A tracker's parts across one
spacer column are one tracker now; a risk list beside a tracker on the same rows, and two
trackers side by side each naming its own lines, stay apart.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.adopt_sheets import adopt, book, finance_by_line, registers, targets

MONTHS = [date(2026, 1, 1), date(2026, 2, 1), date(2026, 3, 1)]
LINES = ["Discovery", "Design", "Build"]
HEADER = ["Month", "Fee line", "Budget", "Actual", "Comment"]


def _tracker(spacer: int | None) -> list[list[object]]:
    """A consultancy fee tracker under a title, a blank column put before column index
    ``spacer`` (0-based) from the title down, or none."""
    data: list[list[object]] = [
        [m, line, 1000.0 * (i + 1), 900.0 * (i + 1) + m.month, "ok"]
        for m in MONTHS
        for i, line in enumerate(LINES)
    ]
    rows: list[list[object]] = [["Fee tracker"], [], HEADER, *data]
    if spacer is None:
        return rows
    return [[*r[:spacer], None, *r[spacer:]] if len(r) > spacer else r for r in rows]


@pytest.mark.parametrize("spacer", [None, 1, 2, 3, 4])
def test_a_fee_tracker_spaced_by_a_blank_column_is_one_tracker(
    spacer: int | None, tmp_path: Path
) -> None:
    adoption = adopt(book(tmp_path / "fees.xlsx", "Fees", _tracker(spacer)))
    assert registers(adoption) == ["finance"]
    (table,) = adoption.report.adopted_tables
    read = targets(table)
    assert (read["Month"], read["Fee line"], read["Budget"], read["Actual"]) == (
        "month",
        "cost_line",
        "budget",
        "actual",
    )
    lines = finance_by_line(adoption)
    assert len(lines) == 9
    row = lines[(date(2026, 2, 1), "Design")]
    assert (row.budget, row.actual) == (2000.0, 1802.0)


def test_a_risk_list_beside_a_tracker_on_its_rows_stays_apart(tmp_path: Path) -> None:
    """The near miss: a register of items one blank column right of the tracker, on the
    same rows, is a table of its own, not more of the tracker's fields."""
    rows = _tracker(None)
    beside = [["Risk ID", "Risk", "Owner"]] + [
        [f"R-{n:03d}", f"Supplier rate rise {n}", "A. Moss"] for n in range(1, 10)
    ]
    for r, extra in enumerate(beside, start=2):
        rows[r] = [*rows[r], None, *extra]
    adoption = adopt(book(tmp_path / "fees_and_risks.xlsx", "Fees", rows))
    # round 36 (rx36): the list beside, no word on the sheet naming it, is read by its
    # columns and its R- codes as the risks register it is: a table of its own either way
    assert registers(adoption) == ["finance", "risks"]
    tracker = next(t for t in adoption.report.adopted_tables if t.register == "finance")
    assert {"Risk ID", "Risk", "Owner"}.isdisjoint(targets(tracker))
    assert len(finance_by_line(adoption)) == 9
    assert [r.id for r in adoption.project.risks] == [f"R-{n:03d}" for n in range(1, 10)]
    assert {r.owner for r in adoption.project.risks} == {"A. Moss"}


def test_two_trackers_side_by_side_each_naming_its_lines_stay_apart(tmp_path: Path) -> None:
    """The near miss: budget by line, a blank column, actuals by line: both name their own
    lines, so neither is more of the other's fields."""
    rows: list[list[object]] = [
        ["Budget", None, None, None, None, None, "Actuals"],
        [],
        ["Month", "Cost line", "Budget", None, "Month", "Cost line", "Actual"],
    ]
    for m in MONTHS:
        for i, line in enumerate(LINES):
            rows.append([m, line, 1000.0 * (i + 1), None, m, line, 800.0 * (i + 1)])
    adoption = adopt(book(tmp_path / "two.xlsx", "Costs", rows))
    widths = sorted(len(t.columns) for t in adoption.report.adopted_tables)
    assert 7 not in widths  # never read as one table of both


# --- a rate written as text under its label, a header wrapped over two rows ---------------


def test_a_fee_trackers_header_wrapped_with_a_vat_rate_under_its_label(tmp_path: Path) -> None:
    """``VAT @`` over ``23%`` is one header written over two rows: the lower row, not the
    upper, holds ``Month`` and ``Workstream``, and the whole tracker was lost."""
    rows: list[list[object]] = [
        ["Aquafood Compliance Ltd - fee tracker"],
        [],
        [None, None, "Fee budget", "Invoiced", "VAT @", "Invoiced incl.", "Invoice"],
        ["Month", "Workstream", "(€ ex VAT)", "(€ ex VAT)", "23%", "VAT", "no."],
    ]
    for m in MONTHS:
        for i, line in enumerate(LINES):
            invoiced = 500.0 * (i + 1) + m.month
            rows.append([m, line, 600.0 * (i + 1), invoiced, invoiced * 0.23, invoiced * 1.23, "X"])
    adoption = adopt(book(tmp_path / "wrapped.xlsx", "Fees", rows))
    assert registers(adoption) == ["finance"]
    lines = finance_by_line(adoption)
    assert len(lines) == 9
    row = lines[(date(2026, 3, 1), "Build")]
    assert (row.budget, row.actual) == (1800.0, 1503.0)


def test_a_percentage_written_as_text_in_an_items_row_stays_an_item(tmp_path: Path) -> None:
    """The near miss: an item's progress written as text (``50%``) under the header is a
    value, not the header's lower half: every item is read."""
    rows: list[list[object]] = [
        ["Milestone", "Owner", "Due date", "Progress"],
        ["Design signed off", "A. Moss", date(2026, 2, 1), "50%"],
        ["Build complete", "B. Kerr", date(2026, 4, 1), "10%"],
        ["Go live", "C. Diaz", date(2026, 6, 1), "0%"],
    ]
    adoption = adopt(book(tmp_path / "milestones.xlsx", "Milestones", rows))
    assert registers(adoption) == ["milestones"]
    assert len(adoption.project.items("milestones")) == 3


def test_a_header_wrapped_whose_one_word_headers_stand_on_the_lower_row(tmp_path: Path) -> None:
    """``Month | Workstream`` on the lower row alone, ``Budget`` over ``(CHF ex VAT)`` right
    of them: read from the upper row the tracker had no month and was lost; the lower row's
    labels beside the upper row's words say the two rows are one header."""
    rows: list[list[object]] = [
        ["Limmat Re - Fee Tracker"],
        [],
        [None, None, "Budget", "Fees billed", "VAT", "Billed incl.", None],
        ["Month", "Workstream", "(CHF ex VAT)", "(CHF ex VAT)", "8.1%", "VAT", "Paid"],
    ]
    for m in MONTHS:
        for i, line in enumerate(LINES):
            billed = 700.0 * (i + 1) + m.month
            rows.append([m, line, 800.0 * (i + 1), billed, billed * 0.081, billed * 1.081, "Yes"])
    adoption = adopt(book(tmp_path / "zurich.xlsx", "Fees", rows))
    assert registers(adoption) == ["finance"]
    lines = finance_by_line(adoption)
    assert len(lines) == 9
    row = lines[(date(2026, 1, 1), "Design")]
    assert (row.budget, row.actual) == (1600.0, 1401.0)


def test_an_items_row_reaching_past_its_header_stays_an_item(tmp_path: Path) -> None:
    """The near miss: a first item whose text reaches one cell past the header (a remark
    under no heading) is an item, not the header's lower row."""
    rows: list[list[object]] = [
        ["Risk ID", "Risk description", "Owner", "Status"],
        ["R-001", "Supplier rate rise", "A. Moss", "Open", "urgent"],
        ["R-002", "Workshop slips", "B. Kerr", "Closed"],
        ["R-003", "Rate card unsigned", "C. Diaz", "Open"],
    ]
    adoption = adopt(book(tmp_path / "risks.xlsx", "Risks", rows))
    assert registers(adoption) == ["risks"]
    assert len(adoption.project.items("risks")) == 3


def test_a_wide_trackers_months_spaced_by_a_blank_column_are_one_tracker(tmp_path: Path) -> None:
    """``Workstream | Measure | Jan | Feb``, a blank column, ``Mar | Apr``: the months right
    of the spacer were read as a tracker of their own, of nameless lines (more lines than
    the tracker has: a wrong result); they are the same lines' months."""
    header: list[object] = [
        "Workstream",
        "Measure",
        *MONTHS[:2],
        None,
        MONTHS[2],
        date(2026, 4, 1),
        date(2026, 5, 1),
        "Total",
    ]
    rows: list[list[object]] = [["Engagement tracker"], [], header]
    for i, line in enumerate(LINES):
        k = i + 1
        rows.append([line, "Budget", 100.0 * k, 200.0 * k, None, 300.0 * k, 400.0 * k, 0.0, None])
        rows.append([line, "Invoiced", 90.0 * k, 180.0 * k, None, 270.0 * k, 360.0 * k, 0.0, None])
    adoption = adopt(book(tmp_path / "wide.xlsx", "Fees", rows))
    assert registers(adoption) == ["finance"]
    lines = finance_by_line(adoption)
    assert {line for _, line in lines} == set(LINES)
    row = lines[(date(2026, 3, 1), "Design")]
    assert (row.budget, row.actual) == (600.0, 540.0)
