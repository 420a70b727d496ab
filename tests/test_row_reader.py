"""The row function made per register layout (addin/reading/row_reader.py): the inline
cases typed in place, every other cell handed to ``slow`` with its column's number, in the
columns' order; computed columns skipped where the cell holds a formula (always for an
old .xls)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest

from addin.host import ErrorValue
from addin.reading.row_reader import row_reader

PLAN = (
    ("title", 0, "text", False),
    ("probability", 1, "number", False),
    ("due_date", 2, "date", False),
    ("category", 3, "", False),
    ("score", 4, "number", True),
)


def _run(
    line: list[Any],
    *,
    formulas: set[int] = frozenset(),
    uncached: set[int] = frozenset(),
    blind: bool = False,
) -> tuple[dict[str, Any], bool, list[tuple[int, Any]]]:
    handed: list[tuple[int, Any]] = []

    def slow(data: dict[str, Any], j: int, raw: Any, line: list[Any], r: int, u: Any) -> bool:
        handed.append((j, raw))
        data[PLAN[j][0]] = ("slow", raw)
        return isinstance(raw, int)

    data, exact = row_reader(PLAN, blind)(line, 7, formulas, uncached, slow)
    return data, exact, handed


def test_inline_values_are_typed_in_place_in_column_order() -> None:
    data, exact, handed = _run(["  Supplier late ", 4.0, date(2026, 3, 1), None, 12.0])
    assert data == {
        "source_row": 7,
        "title": "Supplier late",
        "probability": 4.0,
        "due_date": date(2026, 3, 1),
        "score": 12.0,
    }
    assert list(data) == ["source_row", "title", "probability", "due_date", "score"]
    assert exact is True and handed == []


def test_blank_text_is_left_out_and_empty_cells_are_skipped() -> None:
    data, exact, handed = _run(["   ", None, None, None, None])
    assert data == {"source_row": 7} and exact is True and handed == []


@pytest.mark.parametrize(
    ("line", "column"),
    [
        ([12.0, None, None, None, None], 0),  # a number in a text column
        ([None, "4", None, None, None], 1),  # text in a number column
        ([None, float("nan"), None, None, None], 1),  # not finite
        ([None, None, datetime(2026, 3, 1, 9), None, None], 2),  # a date-time, not a date
        ([None, None, None, "Technical", None], 3),  # a kind with no inline case
        ([None, ErrorValue("#REF!"), None, None, None], 1),
    ],
)
def test_every_other_value_goes_to_slow_and_the_row_is_not_exact(
    line: list[Any], column: int
) -> None:
    data, exact, handed = _run(line)
    assert handed == [(column, line[column])]
    assert data[PLAN[column][0]] == ("slow", line[column])
    assert exact is False


def test_slow_saying_exact_keeps_the_row_exact() -> None:
    data, exact, handed = _run([None, 3, None, None, None])
    assert data["probability"] == ("slow", 3)  # an int: slow types it
    assert handed == [(1, 3)] and exact is True


def test_an_uncached_empty_cell_goes_to_slow() -> None:
    data, exact, handed = _run([None, None, None, None, None], uncached={1})
    assert data["probability"] == ("slow", None)
    assert handed == [(1, None)] and exact is False


def test_computed_columns_skip_formulas_and_an_xls_skips_them_all() -> None:
    line = [None, None, None, None, 12.0]
    assert _run(line, formulas={4})[0] == {"source_row": 7}
    assert _run(line)[0] == {"source_row": 7, "score": 12.0}
    assert _run(line, blind=True)[0] == {"source_row": 7}
    # an uncached formula in a computed column is not read either
    assert _run([None] * 5, formulas={4}, uncached={4})[2] == []


def test_a_plan_is_made_once_and_a_bad_one_refused() -> None:
    assert row_reader(PLAN, False) is row_reader(PLAN, False)
    with pytest.raises(ValueError):
        row_reader((("x); import os; (", 0, "text", False),), False)
    with pytest.raises(ValueError):
        row_reader((("title", 0, "weird", False),), False)
