"""Red team of round 32's code (task rt33): wrong results a PMO would trust.

Each test builds a small realistic workbook where one of round 32's rules (a total beside
its parts, a PO log's invoiced to date, a valuation's bare period end, ...) fired wrongly,
and asserts the reading a finance partner or a PMO analyst takes of it. Each rule's own
cases keep passing in ``tests/test_adopt_round32_*.py``.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.adopt_sheets import adopt, book, finance_by_line, only, targets

JAN, FEB, MAR = date(2026, 1, 1), date(2026, 2, 1), date(2026, 3, 1)


# --- 1. a total beside its net amount and the tax ---------------------------------------


@pytest.mark.parametrize(
    "head",
    [
        ["Actual (net)", "VAT", "Total actual"],
        ["Actual", "GST", "Total cost"],
        ["Invoiced", "Sales tax", "Total spend"],
    ],
    ids=["vat", "gst", "sales-tax"],
)
def test_a_total_of_the_net_amount_and_its_tax_is_no_actual(
    tmp_path: Path, head: list[str]
) -> None:
    # before: round 32's total beside its parts read `Total actual` (= net + VAT on every
    # row) as the actual, so each month's spend took in the tax, where round 31 reads an
    # amount with the tax less surely than the one without it (a PMO's actual is net)
    rows: list[list[object]] = [
        ["Cost report"],
        [],
        ["Month", "Cost line", *head],
        [JAN, "Design", 100, 20, 120],
        [JAN, "Build", 200, 40, 240],
        [FEB, "Design", 50, 10, 60],
    ]
    adoption = adopt(book(tmp_path / "vat.xlsx", "Costs", rows))
    got = targets(only(adoption))
    assert got[head[2]] != "actual"
    lines = finance_by_line(adoption)
    assert lines[(JAN, "Design")].actual == 100.0
    assert lines[(FEB, "Design")].actual == 50.0


def test_rule_still_holds_invoiced_accrued_total_actual(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Accruals tracker"],
        [],
        ["Month", "Cost line", "Invoiced", "Accrued", "Total actual"],
        [JAN, "Design", 100, 20, 120],
        [JAN, "Build", 200, 40, 240],
        [FEB, "Design", 50, 0, 50],
    ]
    lines = finance_by_line(adopt(book(tmp_path / "acc.xlsx", "Costs", rows)))
    assert lines[(JAN, "Design")].actual == 120.0
