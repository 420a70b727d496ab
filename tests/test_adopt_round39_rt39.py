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


def test_a_months_down_table_with_a_total_row_reads_its_months_only(tmp_path: Path) -> None:
    """Attack on "total labels are no months" (held): a months-down budget whose last row is
    ``Total`` reads its three months, and the total is no month's line."""
    rows: list[list[object]] = [["Budget 2026"], [], ["Month", "Budget", "Actual"]]
    rows += [[m, 1000.0, 900.0] for m in ("January", "February", "March")]
    rows.append(["Total", 3000.0, 2700.0])
    lines = finance_by_line(adopt(book(tmp_path / "down.xlsx", "Budget", rows)))
    assert sorted(month for month, _ in lines) == [date(2026, m, 1) for m in (1, 2, 3)]
    assert all(line.budget == 1000.0 for line in lines.values())


def _risks(header: str, classes: list[str]) -> list[list[object]]:
    rows: list[list[object]] = [["Risk register"], ["Project: school refurbishment"], []]
    rows.append(["ID", "Risk description", header, "Probability (1-5)", "Owner", "Status"])
    texts = [
        "Asbestos found in demolition",
        "Ventilation unit delivered late",
        "Scaffold collapse in wind",
        "Client change requests delay",
        "Electrician short of staff",
    ]
    for n, (text, cls) in enumerate(zip(texts, classes, strict=True), start=1):
        rows.append([n, text, cls, 3, "Pat Lee", "Open"])
    return rows


def test_a_risk_category_of_a_teams_own_classes_in_english_and_french(tmp_path: Path) -> None:
    """ox39's rule in other languages (held): English ``Category`` and French ``Catégorie``
    of the team's own classes, two of five the standard's Schedule, stay the category."""
    from tests.adopt_sheets import field

    for header, classes in (
        ("Category", ["Quality", "Schedule", "Environment", "Client", "Schedule"]),
        ("Catégorie", ["Qualité", "Planning", "Environnement", "Client", "Planning"]),
    ):
        adoption = adopt(book(tmp_path / f"{header}.xlsx", "Risks", _risks(header, classes)))
        assert targets(only(adoption))[header] == "category"
        got = field(adoption, "risks", "category")
        assert got[1] == got[4] == "Schedule"


def test_a_risk_category_of_codes_is_no_category(tmp_path: Path) -> None:
    """Near miss (held): a ``Category`` column of the team's codes (``TEC``, ``SCH``) or
    letters is not read as the standard's classes."""
    for name, classes in (
        ("codes", ["TEC", "SCH", "ENV", "CLI", "SCH"]),
        ("letters", ["T", "S", "E", "C", "S"]),
    ):
        adoption = adopt(book(tmp_path / f"{name}.xlsx", "Risks", _risks("Category", classes)))
        assert targets(only(adoption))["Category"] != "category"


def test_a_finance_category_of_own_words_stays_the_cost_line(tmp_path: Path) -> None:
    """Near miss (held): ox39's own-classes rule is a risk's only; a cost tracker's
    ``Category`` of its own words (``Design``, ``Fees``) is its cost line."""
    rows: list[list[object]] = [["Project cost tracker 2026"], [], ["Month", "Category"]]
    rows[-1] += ["Budget", "Actual"]
    for m in (1, 2, 3):
        rows += [[date(2026, m, 1), c, 1000.0, 900.0] for c in ("Design", "Fees", "Labour")]
    adoption = adopt(book(tmp_path / "costs.xlsx", "Costs", rows))
    assert targets(only(adoption))["Category"] == "cost_line"
    assert finance_by_line(adoption)[(date(2026, 2, 1), "Fees")].actual == 900.0


def test_an_invoice_log_naming_its_supplier_and_a_client_contact_is_read(tmp_path: Path) -> None:
    """Attack on ``Cliente`` as the party billed (held): a log of invoices RECEIVED that
    names the supplier (``Fornecedor``) and the client's own contact person (``Cliente``)
    is still the project's spend, as its English twin (``Supplier | Client``) is."""
    from tests.adopt_sheets import books, registers

    for name, head in (
        ("pt", ["Fatura nº", "Data", "Fornecedor", "Cliente", "Descrição", "Valor (R$)"]),
        ("en", ["Invoice No.", "Date", "Supplier", "Client", "Description", "Amount"]),
    ):
        rows: list[list[object]] = [["Faturas recebidas"], [], head]
        people = ["Ana Souza"] * 2 + ["Rui Lima"] * 2
        for i, (who, what) in enumerate(zip(people, "1234", strict=True)):
            rows.append([f"F-{100 + i}", date(2026, 1 + i, 10), "Alfa", who, f"Fase {what}"])
            rows[-1].append(10000.0 + i)
        adoption = adopt(books(tmp_path / f"{name}.xlsx", {"Faturas": rows}))
        assert "finance" in registers(adoption)
        assert len(finance_by_line(adoption)) == 4
