"""Round 39 (task t49b): tuning on the hundred-and-eighth batch (finance trackers of every
shape). Each rule on a small workbook of its own shape: an Austrian cost centre's ERP
export whose period is headed ``Per.`` beside ``GJahr``, ..."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.adopt_sheets import adopt, best_candidate, book, finance_by_line, only, targets


def test_lone_per_abbreviation_is_the_period_beside_a_year_column(tmp_path: Path) -> None:
    """An ERP export's ``Per.`` (``001``..) beside ``GJahr`` is the period and the year:
    the month. Before, ``Per.`` read as nothing, the table had amounts without months and
    was refused whole."""
    rows: list[list[object]] = [
        ["Innenauftrag 7130 Sanierung Lagerhalle - Plan/Ist"],
        ["Währung: EUR"],
        [],
        ["Kostenart", "Bezeichnung", "Per.", "GJahr", "Plan", "Ist"],
        ["471000", "Bauleistungen", "001", 2026, "12'000.00", "11'500.00"],
        ["471000", "Bauleistungen", "002", 2026, "8'000.00", "8'250.00"],
        ["472000", "Planung", "001", 2026, "4'000.00", "3'900.00"],
        ["472000", "Planung", "002", 2026, "2'500.00", "2'600.00"],
    ]
    adoption = adopt(book(tmp_path / "export.xlsx", "Export", rows))
    table = only(adoption)
    assert table.register == "finance"
    assert targets(table)["Per."] == "month"
    lines = finance_by_line(adoption)
    assert lines[date(2026, 2, 1), "Bauleistungen"].actual == 8_250.0
    assert lines[date(2026, 1, 1), "Planung"].budget == 4_000.0


def test_per_inside_a_longer_header_stays_a_preposition() -> None:
    """Only a header that is ``Per`` alone is the period: ``Cost per unit`` is no month."""
    assert best_candidate("Per.", "finance") == ("month", 1.0)
    found = best_candidate("Cost per unit", "finance")
    assert found is None or found[0] != "month"
