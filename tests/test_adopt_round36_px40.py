"""Round 36 (task px40): a long finance export whose header is wrapped over two rows.

``Contract | Contract | Cost | Financial | Budget | Actual`` over ``Code | Stage | Group |
Period | Amount | Amount``: the upper row repeats a label the lower row tells apart, and
``Financial`` reads nothing alone while ``Financial Period`` is the month. The joined
phrases read less in sum than the upper words (``Cost Group`` names nothing, ``Cost``
does), so the rows were never folded and the month was never read. Now a column that reads
only joined, beside repeated labels told apart, folds the rows; and a label written over
two rows names the register by its whole phrase (``Actual`` over ``Amount``).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from addin.adopt.detect import _reads_only_joined
from tests.adopt_sheets import adopt, book, finance_by_line, registers

LINES = ["Labour", "Materials"]


def _export(upper: list[str], lower: list[str]) -> list[list[object]]:
    rows: list[list[object]] = [upper, lower]
    for m in (1, 2, 3):
        for i, line in enumerate(LINES):
            budget = 1000.0 * (i + 1) * m
            rows.append(["CT-07", "Fit-out", line, f"{m:02d}-2026", budget, budget - 50.0])
    return rows


UPPER = ["Contract", "Contract", "Cost", "Financial", "Budget", "Actual"]
LOWER = ["Code", "Stage", "Group", "Period", "Amount", "Amount"]


def test_a_long_export_wrapped_over_two_rows_reads_its_months(tmp_path: Path) -> None:
    adoption = adopt(book(tmp_path / "export.xlsx", "Balances", _export(UPPER, LOWER)))
    assert registers(adoption) == ["finance"]
    lines = finance_by_line(adoption)
    assert len(lines) == 6
    row = lines[(date(2026, 3, 1), "Materials")]
    assert (row.budget, row.actual) == (6000.0, 5950.0)


def test_amount_columns_named_by_their_upper_words_name_the_register(tmp_path: Path) -> None:
    """``Original Budgeted`` and ``Actual`` over ``Amount | Amount``: the register is named
    by the phrases written over two rows, as by ``Actual Amount`` on one row."""
    upper = ["Contract", "Contract", "Cost", "Financial", "Original Budgeted", "Actual"]
    adoption = adopt(book(tmp_path / "export.xlsx", "Balances", _export(upper, LOWER)))
    assert registers(adoption) == ["finance"]
    row = finance_by_line(adoption)[(date(2026, 2, 1), "Labour")]
    assert row.actual == 1950.0


def test_near_miss_every_upper_label_reading_alone_is_no_reason_to_fold() -> None:
    """``Project | Period`` over ``ID | Month``: each upper label reads on its own, so the
    rule gives no reason to fold (the other rules of a split header still decide)."""
    assert not _reads_only_joined(["Project", "Period"], ["Project ID", "Period Month"])
    assert _reads_only_joined(["Project", "Financial"], ["Project ID", "Financial Period"])


def test_near_miss_labels_under_an_unread_word_that_read_nothing_joined() -> None:
    """``Posting`` over ``Period`` reads nothing either way: no column reads only joined."""
    assert not _reads_only_joined(["Posting", "Cost"], ["Posting Period", "Cost Group"])
