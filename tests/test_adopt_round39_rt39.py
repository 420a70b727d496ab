"""Round 39 (task rt39): red team of ox39's rules. Each attack a small workbook or value a
PMO's other workbooks hold: the near misses a rule must not fire on, and the same shapes
in other languages it must read."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.adopt_sheets import adopt, book, finance_by_line, only, targets


def _blocks(head: list[str], year_line: str, names: list[object], subtotals: list[str]) -> list:
    rows: list[list[object]] = [["Bauamt – Sanierung Stadthalle"], [year_line], []]
    rows.append(head)
    lines = ["Personal", "Dienstleistungen", "Ausstattung"]
    for b, sub in enumerate(subtotals):
        for k, line in enumerate(lines):
            rows.append([names[3 * b + k], line, 1000.0 * (b + 1) + k, 900.0 * (b + 1) + k])
        rows.append([sub, None, 3003.0 * (b + 1), 2703.0 * (b + 1)])
    return rows


@pytest.mark.parametrize(
    ("first", "second", "sub1", "sub2"),
    [
        ("Januar", "Februar", "Zwischensumme Januar", "Zwischensumme Februar"),
        ("janvier", "février", "Sous-total janvier", "Sous-total février"),
        ("gennaio", "febbraio", "Subtotale gennaio", "Subtotale febbraio"),
        ("January", "February", "Subtotal January", "Subtotal February"),
        ("janeiro", "fevereiro", "Subtotal janeiro", "Subtotal fevereiro"),
    ],
)
def test_a_month_block_closed_by_a_subtotal_in_any_language_holds_for_its_rows(
    tmp_path: Path, first: str, second: str, sub1: str, sub2: str
) -> None:
    """ox39 read ``Enero`` on a block's first row, blank below, closed by ``Subtotal enero``;
    a German ``Zwischensumme Januar`` (French ``Sous-total janvier``, Italian ``Subtotale
    gennaio``) was no total label, so the same report in those languages carried nothing
    and lost its rows' months (mended: the languages' subtotal words, and a total word
    before a bare month's name, as English ``Subtotal January`` reads)."""
    names: list[object] = [first, None, None, second, None, None]
    head = ["Monat", "Kostenart", "Budget", "Ist"]
    rows = _blocks(head, "Haushaltsjahr 2026", names, [sub1, sub2])
    adoption = adopt(book(tmp_path / "blocks.xlsx", "Mittelabfluss", rows))
    assert targets(only(adoption))["Monat"] == "month"
    lines = finance_by_line(adoption)
    assert len(lines) == 6  # the subtotals are no lines
    assert lines[(date(2026, 1, 1), "Dienstleistungen")].budget == 1001.0
    assert lines[(date(2026, 2, 1), "Ausstattung")].actual == 1802.0


def test_subtotal_words_of_the_languages_are_total_labels() -> None:
    from addin.adopt.total_rows import is_total_label

    for label in ("Zwischensumme Januar", "Sous-total janvier", "Subtotale gennaio"):
        assert is_total_label(label)
    assert is_total_label("Zwischensumme") and is_total_label("Subtotaal")
    # near misses: a month alone, or a total word before a line's name, is no period total
    assert not is_total_label("Januar")
    assert not is_total_label("Zwischensumme Bau")


def test_a_one_block_month_list_carries_nothing() -> None:
    """Near miss (held): one month named over blank rows, no second block: a list whose
    blank cells mean "no month" is not read as a block."""
    from addin.adopt.periods import carried_down_months

    assert not carried_down_months(["Januar", None, None, None])
    assert not carried_down_months(["January", None, "Total"])


@pytest.mark.parametrize(
    ("title", "year"),
    [
        ("FY 2025-26", 2025),  # an English split year: the year it starts in
        ("Ejercicio 2025-2026", 2025),
        ("Ejercicio fiscal 2025-2026", 2025),
        ("Exercice 2025/26", 2025),
        ("Exercício 2025/26", 2025),
        ("Geschäftsjahr 2025/26", 2025),
        ("Geschäftsjahr 2026", 2026),  # calendar-year languages: the year written
        ("Esercizio 2026", 2026),
        ("Exercício 2026", 2026),
        ("Ano fiscal 2026", 2026),
        ("Financial year 2026", 2025),  # English: ending in 2026, from April 2025
    ],
)
def test_a_financial_years_name_gives_the_year_it_starts_in(title: str, year: int) -> None:
    """Attacks on ox39's calendar-year language rule (all held): a split year names its
    start year in every language; a single year in a calendar-year language is that year."""
    from addin.adopt.finance import year_in

    assert year_in([title]) == year


def test_a_remarks_column_named_nota_stays_the_notes() -> None:
    """Near miss (held): ox39's ``nota fiscal`` is a phrase; ``Nota`` / ``Notas`` alone are
    remarks, and ``Notas fiscais`` the invoices."""
    from addin.adopt.languages import translate

    assert translate("Nota") == translate("Notas") == "notes"
    assert translate("Notas fiscais") == "invoices"
