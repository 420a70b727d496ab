"""`same_history`'s comparison of rows all at once (addin/store/expected.py): Changes'
rows (tuples) and the findings new and resolved (dicts) are equal only when every value
is equal and of the same type, every dict's keys in the same order; anything the quick
way cannot tell goes value by value, as before."""

from __future__ import annotations

import math
from typing import Any

import pytest

from addin.store.expected import _same

NAN = math.nan


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ([("PRJ-1", "Risks", 1.5, None)], [("PRJ-1", "Risks", 1.5, None)]),
        (
            [{"project_id": "PRJ-1", "severity": "error"}],
            [{"project_id": "PRJ-1", "severity": "error"}],
        ),
        ([(NAN, "x")], [(float("nan"), "x")]),  # (two NaN objects: value by value)
        ([{"delta": NAN}], [{"delta": float("nan")}]),
        ([("a", [1, 2])], [("a", [1, 2])]),  # a list inside: value by value
        ([], []),
    ],
)
def test_the_same_rows(a: list[Any], b: list[Any]) -> None:
    assert _same(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ([("PRJ-1", 1)], [("PRJ-1", 1.0)]),  # equal, but an int is not a float
        ([("PRJ-1", True)], [("PRJ-1", 1)]),
        ([("PRJ-1", 2)], [("PRJ-1", 3)]),
        ([("PRJ-1", 2)], [("PRJ-1", 2, None)]),
        ([{"from": 1, "to": 2}], [{"to": 2, "from": 1}]),  # keys in another order
        ([{"from": 1}], [{"from": 1.0}]),
        ([{"from": [1]}], [{"from": [1.0]}]),  # inside a list inside a dict
        ([("a", (1,))], [("a", (1.0,))]),  # inside a tuple inside a tuple
        ([("a",), {"a": 1}], [("a",), {"a": 1.0}]),  # rows of both kinds
    ],
)
def test_rows_that_differ(a: list[Any], b: list[Any]) -> None:
    assert not _same(a, b)
