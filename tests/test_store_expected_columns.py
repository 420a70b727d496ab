"""The expectation types a register's column once (``addin.store.expected._column``): the
values the store gives back from a column of that kind, or "cannot tell" (the roll-up
then waits for the store's read-back) where a value would not come back as it is."""

from __future__ import annotations

import math
from datetime import date, datetime

import pytest

from addin.store.expected import _column, _stored, _Unsure


@pytest.mark.parametrize(
    ("values", "kind", "iso", "stored"),
    [
        (("R-1", None, "R-2"), "text", True, ("R-1", None, "R-2")),
        ((date(2026, 11, 30), None), "date", True, ["2026-11-30", None]),  # SQLite: ISO text
        ((date(2026, 11, 30), None), "date", False, (date(2026, 11, 30), None)),  # PostgreSQL
        ((3, 2.5, None), "float", True, [3.0, 2.5, None]),  # an int comes back a float
    ],
)
def test_a_column_comes_back_as_the_store_gives_it(
    values: tuple[object, ...], kind: str, iso: bool, stored: object
) -> None:
    got = _column(values, kind, iso)
    assert got == stored
    assert [type(v) for v in got] == [type(v) for v in stored]  # type: ignore[attr-defined]
    # The same values, one cell at a time, as before the column was typed at once.
    assert list(got) == [_stored(v, kind, iso) for v in values]


@pytest.mark.parametrize(
    ("values", "kind"),
    [
        (("R-1", 7), "text"),  # a number in a text column comes back as text
        ((date(2026, 11, 30), datetime(2026, 11, 30, 9, 0)), "date"),  # its time is lost
        ((1.0, math.nan), "float"),  # not finite
        ((1.0, math.inf), "float"),
        ((1.0, True), "float"),  # a boolean
        (("2026-11-30",), "date"),  # text in a date column
    ],
)
def test_a_value_the_store_would_change_cannot_be_told(
    values: tuple[object, ...], kind: str
) -> None:
    with pytest.raises(_Unsure):
        _column(values, kind, True)
