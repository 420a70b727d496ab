"""Round 37 (rx38): tables a person reads from their columns and values alone.

- one row under a header whose total's column (``Total``, ``Summe``, ``Celkem``) holds the
  sum of the row's other amounts is a table's first row, not a strip of labels;

Near misses stay as before (docs/adopt.md, "Round 37: registers with no register word
anywhere (rx38)").
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.adopt_sheets import adopt, book, books, finance_by_line, registers


def _sjöbod(total: str, rows: list[list[object]]) -> list[list[object]]:
    head: list[object] = ["Månad", "Virke", "Tak", "Fönster", "VVS", total]
    return [["Sjöbod, renovering"], ["Belopp i SEK"], [], head, *rows]


def _row(month: str, amounts: list[float], total: float | None = None) -> list[object]:
    return [month, *amounts, sum(amounts) if total is None else total]


def test_one_row_summed_across_under_a_total_is_a_table(tmp_path: Path) -> None:
    for total in ("Total", "Summe", "Celkem", "Summa"):
        plan = [_row(f"2026-0{m}", [10.0 * m, 20.0, 30.0, 5.0]) for m in (4, 5, 6, 7)]
        actual = [_row("2026-04", [38.5, 22.0, 29.0, 6.0])]
        path = books(
            tmp_path / f"sjobod_{total}.xlsx",
            {"Budget": _sjöbod(total, plan), "Utfall": _sjöbod(total, actual)},
        )
        adoption = adopt(path)
        assert registers(adoption) == ["finance", "finance"], total
        lines = finance_by_line(adoption)
        assert lines[(date(2026, 4, 1), "Virke")].actual == 38.5, total
        assert lines[(date(2026, 4, 1), "VVS")].actual == 6.0, total
        assert lines[(date(2026, 5, 1), "Virke")].actual is None, total
        assert len(lines) == 16, total  # four lines by four months: no total's line


def test_one_row_whose_total_is_not_its_sum_stays_unfound(tmp_path: Path) -> None:
    # the last figure is not the row summed: labels over one row of figures, no table
    actual = [_row("2026-04", [38.5, 22.0, 29.0, 6.0], total=12.0)]
    plan = [_row(f"2026-0{m}", [10.0 * m, 20.0, 30.0, 5.0]) for m in (4, 5, 6, 7)]
    path = books(
        tmp_path / "off.xlsx",
        {"Budget": _sjöbod("Total", plan), "Utfall": _sjöbod("Total", actual)},
    )
    adoption = adopt(path)
    assert [t.sheet for t in adoption.report.tables] == ["Budget"]


def test_one_summed_row_on_a_sheet_of_another_name_is_still_no_tracker(tmp_path: Path) -> None:
    # found as a table now, but ``Anteckningar`` (notes) names no measure: one month down
    # is no finance tracker (round 37, t43b)
    one = _sjöbod("Total", [_row("2026-04", [38.5, 22.0, 29.0, 6.0])])
    adoption = adopt(book(tmp_path / "one.xlsx", "Anteckningar", one))
    assert "finance" not in registers(adoption)
