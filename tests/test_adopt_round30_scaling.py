"""Round 30: adoption that scales with the register. A helper run per pair of columns or
per value must not also scan every row per value it tries: the work grows with the rows,
not with the rows squared. Counted, not timed (``benchmarks/adopt_large.py --sizes``
times it)."""

from __future__ import annotations

import random

import pytest

from addin.adopt import evidence, sides
from addin.host import CellValue


class _Counted(str):
    """A text that counts the comparisons made with it."""

    compared = 0

    def __eq__(self, other: object) -> bool:
        _Counted.compared += 1
        return str.__eq__(self, other)

    def __ne__(self, other: object) -> bool:
        _Counted.compared += 1
        return str.__ne__(self, other)

    __hash__ = str.__hash__


def _comparisons(monkeypatch: pytest.MonkeyPatch, rows: int) -> int:
    """The comparisons :func:`sides.two_sides` makes on a finance tracker's shape: three
    columns of amounts sharing most of their values, no pair naming two sides."""
    rng = random.Random(rows)
    values_of: dict[int, list[CellValue]] = {
        col: [float(rng.randint(1, rows)) for _ in range(rows)] for col in (1, 2, 3)
    }
    texts = sides._texts
    monkeypatch.setattr(sides, "_texts", lambda values: [_Counted(t) for t in texts(values)])
    _Counted.compared = 0
    assert sides.two_sides(values_of) == set()
    return _Counted.compared


def test_two_sides_compares_each_row_a_bounded_number_of_times(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # before round 30 every value two columns shared was tried over every row: 3 pairs of
    # 400 rows sharing ~250 values made ~600,000 comparisons; now at most two values a pair
    small, large = _comparisons(monkeypatch, 200), _comparisons(monkeypatch, 400)
    assert large <= 3 * 2 * 2 * 400
    assert large <= 2.5 * max(small, 1)


def test_two_sides_still_finds_a_pair() -> None:
    own, others = "billing", ["data", "identity", "payments", "network"]
    giving: list[CellValue] = [others[0], own, others[2], own, others[1]]
    receiving: list[CellValue] = [own, others[1], own, others[3], own]
    amounts: list[CellValue] = [1.0, 2.0, 3.0, 4.0, 5.0]
    assert sides.two_sides({1: amounts, 2: giving, 3: receiving}) == {2, 3}
    # the project on both sides of a row: no pair
    both: list[CellValue] = [own, *giving[1:]]
    assert sides.two_sides({2: both, 3: receiving}) == set()


def test_person_share_counts_first_words_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # before round 30 each distinct first word was counted by a scan of every value
    # (``list.count`` per word): a register's titles, each its own first word, were read
    # rows x rows times; now the first words are counted once
    calls = 0
    counter = evidence.Counter

    def counting(*args: object) -> object:
        nonlocal calls
        calls += 1
        return counter(*args)

    monkeypatch.setattr(evidence, "Counter", counting)
    titles: list[CellValue] = [f"Word{i} may delay the programme" for i in range(500)]
    assert evidence.person_share(titles) == 0.0
    assert calls == 1
    names: list[CellValue] = ["Ann Smith", "Bob Jones", "Cy Young", "Ann Smith"]
    assert evidence.person_share(names) == 1.0
