"""Round 42 (the lead): a unit word inside a header phrase the vocabulary reads is that
phrase's word, not a unit (tx42 found Vietnamese ``Ngân sách``, the budget, read as
``ngàn``, thousands: every Vietnamese budget a thousand times over)."""

from __future__ import annotations

import pytest

from addin.adopt.languages import outside_phrases
from addin.adopt.units import header_unit


def test_a_vietnamese_budget_header_states_no_unit() -> None:
    assert header_unit("Ngân sách") is None
    assert header_unit("Ngân sách được duyệt") is None


@pytest.mark.parametrize(
    ("header", "factor"),
    [
        ("Ngân sách (nghìn đồng)", 1e3),
        ("Ngân sách (ngàn VND)", 1e3),
        ("Đơn vị: ngàn đồng", 1e3),
        ("Chi phí (triệu đồng)", 1e6),
        ("Importes en miles de euros", 1e3),
        ("w tys. zł", 1e3),
        ("v tis. Kč", 1e3),
        ("dalam jutaan rupiah", 1e6),
    ],
)
def test_a_unit_beside_a_phrase_still_states_its_multiple(header: str, factor: float) -> None:
    reading = header_unit(header)
    assert reading is not None and reading[0] == factor


def test_the_phrase_s_words_are_set_aside_and_the_rest_kept() -> None:
    assert outside_phrases("Ngân sách (ngàn VND)") == "ngan vnd"
