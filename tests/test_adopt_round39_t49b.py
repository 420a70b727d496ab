"""Round 39 (task t49b): tuning on the hundred-and-eighth batch (finance trackers of every
shape). Each rule on a small workbook of its own shape: an Austrian cost centre's ERP
export whose period is headed ``Per.`` beside ``GJahr``, ..."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.adopt_sheets import adopt, best_candidate, book, books, finance_by_line, only, targets


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


def _cost_sheet(title: str, amounts: list[list[str]]) -> list[list[object]]:
    rows: list[list[object]] = [[title], ["Importi in euro, IVA esclusa"], []]
    rows.append(["N.", "Lavorazione", "Fornitore", "gen-26", "feb-26", "mar-26", "Totale"])
    works = [("Impianto elettrico", "Elettro Nord spa"), ("Serramenti", "Infissi Sud srl")]
    for n, ((work, supplier), figures) in enumerate(zip(works, amounts, strict=True)):
        rows.append([n + 1, work, supplier, *figures, ""])
    return rows


def test_row_of_text_amounts_is_a_line_not_a_block_heading(tmp_path: Path) -> None:
    """An Italian cost sheet per measure (``Preventivo``, ``Consuntivo``) whose amounts are
    text (``1.234,56``) and whose supplier is a company (``Elettro Nord spa``): each row
    is a cost line. Before, the first row was read as a block heading (its text amounts
    hid that it held figures, and ``spa`` read as a measure word), so its line was lost
    and the budget of the others too."""
    plan = [["12.400,00", "8.300,50", "5.000,00"], ["3.000,00", "4.150,00", "2.200,00"]]
    spent = [["11.950,00", "8.800,00", "4.700,50"], ["2.900,00", "4.000,00", "2.350,00"]]
    path = tmp_path / "costi.xlsx"
    wb_rows = {
        "Preventivo": _cost_sheet("Officina - ammodernamento - preventivo", plan),
        "Consuntivo": _cost_sheet("Officina - ammodernamento - consuntivo", spent),
    }
    adoption = adopt(books(path, wb_rows))
    lines = finance_by_line(adoption)
    first = lines[date(2026, 1, 1), "Impianto elettrico"]
    assert (first.budget, first.actual) == (12_400.0, 11_950.0)
    last = lines[date(2026, 3, 1), "Serramenti"]
    assert (last.budget, last.actual) == (2_200.0, 2_350.0)
    assert len(adoption.project.finance) == 6


def test_french_tax_basis_abbreviation_after_the_measure(tmp_path: Path) -> None:
    """A French ledger export's ``Budget HT`` (hors taxes: before tax) is the budget, as
    ``Budget excl. VAT`` is. Before, ``Budget HT`` read as nothing and every budget of the
    export was lost (``Réalisé HT`` was read, less surely)."""
    rows: list[list[object]] = [
        ["Atelier de tissage - réfection de la toiture"],
        ["Extraction comptable, section analytique TOIT"],
        [],
        ["Compte", "Intitulé", "Mois", "Budget HT", "Réalisé HT", "Engagé"],
        ["604100", "Couverture", "janvier 2026", "12 000,00 €", "11 800,00 €", "0,00 €"],
        ["604100", "Couverture", "février 2026", "9 500,00 €", "9 950,00 €", "0,00 €"],
        ["622600", "Honoraires", "janvier 2026", "3 200,00 €", "3 200,00 €", "0,00 €"],
    ]
    adoption = adopt(book(tmp_path / "sage.xlsx", "Extraction", rows))
    table = only(adoption)
    assert targets(table)["Budget HT"] == "budget"
    assert targets(table)["Réalisé HT"] == "actual"
    lines = finance_by_line(adoption)
    assert lines[date(2026, 2, 1), "Couverture"].budget == 9_500.0
    assert lines[date(2026, 1, 1), "Honoraires"].actual == 3_200.0


def test_tax_basis_abbreviations_read_as_their_measure() -> None:
    """``HT`` / ``H.T.`` / ``hors taxes`` leave the measure whole; ``TTC`` (taxes in) is
    still the measure, read less surely (a gross amount beside the net one); a word that
    merely ends in the letters (``Budget Height``) is no tax basis."""
    assert best_candidate("Budget H.T.", "finance") == ("budget", 1.0)
    assert best_candidate("Budget hors taxes", "finance") == ("budget", 1.0)
    taxed = best_candidate("Budget TTC", "finance")
    assert taxed is not None and taxed[0] == "budget" and taxed[1] < 1.0
    assert best_candidate("Budget Height", "finance") is None


def test_nordic_budget_participle_is_the_budget(tmp_path: Path) -> None:
    """A Swedish project report's ``Budgeterat`` beside ``Bokfört`` is the budget (as
    German ``Budgetiert`` is); Danish ``Budgetteret`` and Norwegian ``Budsjettert`` too.
    Before, it read as nothing and the report's budgets were lost."""
    rows: list[list[object]] = [
        ["Projekt 4410 Ombyggnad kaj"],
        ["Belopp i SEK"],
        [],
        ["Aktivitet", "Periodnamn", "Budgeterat", "Bokfört", "Prognos"],
        ["Pålning", "januari 2026", 120_000, 98_000, 115_000],
        ["Pålning", "februari 2026", 80_000, 91_000, 85_000],
        ["Projektledning", "januari 2026", 30_000, 28_500, 30_000],
    ]
    adoption = adopt(book(tmp_path / "rapport.xlsx", "Projektrapport", rows))
    table = only(adoption)
    assert targets(table)["Budgeterat"] == "budget"
    lines = finance_by_line(adoption)
    assert lines[date(2026, 2, 1), "Pålning"].budget == 80_000
    assert lines[date(2026, 1, 1), "Projektledning"].budget == 30_000
    assert best_candidate("Budgetteret", "finance") == ("budget", 1.0)
    assert best_candidate("Budsjettert", "finance") == ("budget", 1.0)


def _block(title: str, months: list[tuple[str, int, int]]) -> list[list[object]]:
    rows: list[list[object]] = [[title], ["Period", "Budget", "Actual"]]
    rows += [[month, budget, actual] for month, budget, actual in months]
    return [*rows, ["Total", sum(m[1] for m in months), sum(m[2] for m in months)], [], []]


def test_block_titled_by_its_line_gives_each_row_that_line(tmp_path: Path) -> None:
    """A project report of one block per work package, each under ``Work package: ...``
    with the months down and no line column: every row is that package's month. Before,
    the rows had no cost line."""
    rows: list[list[object]] = [["Depot extension - cost report"], ["All figures in GBP"], []]
    rows += _block(
        "Work package: WP-2 Groundworks",
        [("January 2026", 5_000, 4_200), ("February 2026", 6_000, 6_500)],
    )
    rows += _block(
        "Work package: WP-3 Drainage",
        [("January 2026", 2_000, 1_900), ("February 2026", 2_500, 2_400)],
    )
    adoption = adopt(book(tmp_path / "report.xlsx", "Report", rows))
    lines = finance_by_line(adoption)
    assert lines[date(2026, 2, 1), "WP-2 Groundworks"].actual == 6_500
    assert lines[date(2026, 1, 1), "WP-3 Drainage"].budget == 2_000
    assert len(adoption.project.finance) == 4


def test_swedish_activity_block_title_is_the_line(tmp_path: Path) -> None:
    """The Swedish ``Aktivitet: 2.1 Stolpar`` (a Dynamics report's block title) is the
    activity, as ``Activity`` is: its code kept with its name."""
    rows: list[list[object]] = [["Projekt 7720 Staket"], ["Belopp i SEK"], []]
    rows += [["Aktivitet: 2.1 Stolpar"], ["Periodnamn", "Budgeterat", "Bokfört"]]
    rows += [["januari 2026", 10_000, 9_000], ["februari 2026", 12_000, 12_500]]
    adoption = adopt(book(tmp_path / "rapport.xlsx", "Projektrapport", rows))
    lines = finance_by_line(adoption)
    assert lines[date(2026, 1, 1), "2.1 Stolpar"].budget == 10_000
    assert lines[date(2026, 2, 1), "2.1 Stolpar"].actual == 12_500


def test_label_naming_no_line_gives_no_line(tmp_path: Path) -> None:
    """``Project: ...`` or ``Period: ...`` above such a block names no cost line."""
    rows: list[list[object]] = [["Cost report"], [], ["Project: Depot extension"]]
    rows += [["Period", "Budget", "Actual"]]
    rows += [["January 2026", 5_000, 4_200], ["February 2026", 6_000, 6_500]]
    adoption = adopt(book(tmp_path / "report.xlsx", "Report", rows))
    assert all(item.cost_line != "Depot extension" for item in adoption.project.finance)


def test_unit_line_code_followed_by_what_else_it_says(tmp_path: Path) -> None:
    """``All values USD, monthly (not cumulative)`` states the currency as ``All values
    USD`` does: what else the line says of the amounts after a comma keeps it. Before, the
    project had no currency."""
    rows: list[list[object]] = [
        ["Imaging suite fit-out - cost by work package"],
        ["All values USD, monthly (not cumulative)"],
        [],
        ["Work Package", "Month", "Budget", "Actual"],
        ["Shielding", "Jan 2026", 120_000, 118_500],
        ["Shielding", "Feb 2026", 90_000, 93_000],
        ["Electrical", "Jan 2026", 40_000, 41_200],
    ]
    adoption = adopt(book(tmp_path / "costs.xlsx", "Costs", rows))
    assert adoption.project.header.currency == "USD"
    assert finance_by_line(adoption)[date(2026, 2, 1), "Shielding"].actual == 93_000


def test_unit_line_with_no_code_before_the_comma_names_none() -> None:
    """``Amounts TBC, see notes`` names no currency (``TBC`` is no code of the list)."""
    from addin.adopt.currency import currency_of_unit_lines

    codes = ["USD", "EUR", "AUD", "NZD"]
    assert currency_of_unit_lines([("Amounts TBC, see notes", "S!A2")], codes) is None
