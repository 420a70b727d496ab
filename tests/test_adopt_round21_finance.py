"""Round 21 (issue 15): finance trackers' mechanisms, each on a small workbook of our own
plus a near-miss the rule must not take."""

from __future__ import annotations

import pytest

from addin.adopt.units import header_unit


@pytest.mark.parametrize(
    ("title", "factor"),
    [
        ("Belopp i 1000 kr", 1000.0),  # Swedish: the multiple written as a number
        ("Amounts in 1 000 EUR", 1000.0),
        ("Kosten (1.000 €)", 1000.0),
        ("Figures in 1000", 1000.0),
        ("Cost plan (1000)", 1000.0),
        ("Beträge 1'000'000 CHF", 1e6),
    ],
)
def test_a_multiple_written_as_a_number_before_the_currency_is_a_unit(
    title: str, factor: float
) -> None:
    read = header_unit(title)
    assert read is not None and read[0] == factor


@pytest.mark.parametrize(
    "title",
    [
        "Grant 1000.50 EUR",  # a figure, not a multiple
        "Cost 21000 EUR",
        "Items over 10000 kr",
        "Phase 1000 Budget",  # a number that is no unit (no currency, no brackets)
        "Budget 2026",
    ],
)
def test_a_figure_beside_a_currency_is_no_unit(title: str) -> None:
    assert header_unit(title) is None
