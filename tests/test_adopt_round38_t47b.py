"""Round 38 (task t47b): tuning on the hundred-and-third batch (finance trackers of every
shape). Each rule on a small workbook of its own shape: an English cost follow-up across a
year end whose year row (``2026`` / ``2027`` typed as numbers, merged) stands over month
names without a year."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.adopt_sheets import adopt, book, finance_by_line


def test_year_numbers_merged_over_month_names_give_each_month_its_year(tmp_path: Path) -> None:
    """``2026`` merged over ``October | November | December`` and ``2027`` over ``January |
    February``: each month is in the year over it, whatever year the status line names (the
    months were read from the status year 2027, October 2027 to February 2028)."""
    rows: list[list[object]] = [
        ["Riverside school - cost follow-up", None, None, "Status 2/2027"],
        [],
        [None, None, 2026, None, None, 2027, None],
        ["Cost line", "Measure", "October", "November", "December", "January", "February"],
        ["Design", "Budget", 100, 200, 300, 400, 500],
        ["Design", "Actual", 110, 190, 310, 390, None],
        ["Timber frame", "Budget", 1000, 2000, 3000, 4000, 5000],
        ["Timber frame", "Actual", 900, 2100, 2900, 4100, None],
    ]
    path = book(tmp_path / "follow_up.xlsx", "Costs", rows, merged=("C3:E3", "F3:G3"))
    lines = finance_by_line(adopt(path))
    assert lines[(date(2026, 10, 1), "Design")].budget == 100
    assert lines[(date(2026, 12, 1), "Timber frame")].actual == 2900
    assert lines[(date(2027, 1, 1), "Design")].actual == 390
    assert lines[(date(2027, 2, 1), "Timber frame")].budget == 5000
    assert not any(month.year == 2028 for month, _ in lines)


def _expenditure_statement(units: str) -> list[list[object]]:
    return [
        ["Municipal Corporation - legacy waste bio-mining: monthly expenditure statement"],
        ["FY 2026-27 (April to March)", None, None, units],
        ["Head of Account", "BE 2026-27", None, "Actual Expenditure", None],
        [None, "Apr-26", "May-26", "Apr-26", "May-26"],
        ["Bio-mining of legacy waste", 3.82, 37.97, 2.5, 30.0],
        ["Trommel and screening plant", 2.44, 5.9, 1.0, 6.25],
    ]


def test_budget_estimate_written_be_before_its_year_is_the_budget(tmp_path: Path) -> None:
    """India's ``BE 2026-27`` (budget estimate) merged over the months beside ``Actual
    Expenditure``: its months are the budget (they were left out as columns naming no
    measure), scaled by the lakh as the actuals are."""
    rows = _expenditure_statement("(₹ in lakh)")
    path = book(tmp_path / "statement.xlsx", "FY 2026-27", rows, merged=("B3:C3", "D3:E3"))
    adoption = adopt(path)
    lines = finance_by_line(adoption)
    waste = lines[(date(2026, 4, 1), "Bio-mining of legacy waste")]
    assert waste.budget == 382000
    assert waste.actual == 250000
    assert lines[(date(2026, 5, 1), "Trommel and screening plant")].budget == 590000


def test_be_as_a_verb_names_no_budget() -> None:
    """Only ``BE`` in capitals before a year is the budget estimate: ``to be spent`` and a
    bare ``BE`` are not."""
    from addin.adopt.finance import measure_in

    assert measure_in("BE 2026-27") == "budget"
    assert measure_in("BE FY2026") == "budget"
    assert measure_in("Amount to be 2026") is None
    assert measure_in("BE") is None


def test_rupee_sign_in_brackets_before_in_lakh_is_the_currency(tmp_path: Path) -> None:
    """``(₹ in lakh)`` above the table says the amounts are rupees (counted in lakh), as
    ``(₹ lakh)`` did: the project's currency is INR."""
    rows = _expenditure_statement("(₹ in lakh)")
    path = book(tmp_path / "statement.xlsx", "FY 2026-27", rows, merged=("B3:C3", "D3:E3"))
    assert adopt(path).project.header.currency == "INR"


def test_earned_value_abbreviation_with_english_acronym_in_brackets(tmp_path: Path) -> None:
    """An Italian monthly earned-value table: ``VP (BCWS)`` is the month's budget and ``CE
    (ACWP)`` its actual (read by the acronym in brackets), ``VA (BCWP)`` (earned value) and
    the running sums are left out, ``Pacchetto di lavoro`` (work package) is the cost line.
    The table was refused whole: no column named an amount."""
    rows: list[list[object]] = [
        ["Impianto idrovoro - analisi earned value"],
        ["Importi in euro"],
        [],
        ["Pacchetto di lavoro", "Mese", "VP (BCWS)", "VA (BCWP)", "CE (ACWP)", "CE progressivo"],
        ["Paratoie e griglie", "feb-26", 16000, 12800, 11600, 11600],
        ["Paratoie e griglie", "mar-26", 80500, 72000, 81200, 92800],
        ["Quadri elettrici", "feb-26", 55000, 60200, 71200, 71200],
        ["Quadri elettrici", "mar-26", 68000, 55300, 56200, 127400],
    ]
    adoption = adopt(book(tmp_path / "evm.xlsx", "EVM mensile", rows))
    lines = finance_by_line(adoption)
    assert len(lines) == 4
    march = lines[(date(2026, 3, 1), "Paratoie e griglie")]
    assert (march.budget, march.actual) == (80500, 81200)
    assert lines[(date(2026, 2, 1), "Quadri elettrici")].actual == 71200


def test_earned_value_brackets_read_only_by_their_acronym() -> None:
    from tests.adopt_sheets import best_candidate

    assert best_candidate("VP (BCWS)", "finance") == ("budget", 1.0)
    assert best_candidate("CE (ACWP)", "finance") == ("actual", 1.0)
    assert best_candidate("VA (BCWP)", "finance") is None  # earned value: no column
    assert best_candidate("Arbeitspaket", "finance") == ("cost_line", 1.0)


def test_previsionnel_beside_realise_is_the_budget_and_the_variance_no_line(
    tmp_path: Path,
) -> None:
    """A French grant statement, months down and its expense lines across under merged
    ``Prévisionnel`` and ``Réalisé``: the ``prévisionnel`` is the budget (it was read as
    the forecast), and ``Écart cumulé`` after the groups is a variance, no cost line."""
    rows: list[list[object]] = [
        ["Projet ANR - tableau de suivi des dépenses"],
        ["Montants en € HT"],
        [],
        ["Mois", "Prévisionnel", None, "Réalisé", None, "Écart cumulé"],
        [None, "Missions", "Fonctionnement", "Missions", "Fonctionnement", None],
        ["mars 2026", "7 050,00", "1 090,00", "4 343,04", "1 219,33", "2 577,63"],
        ["avr. 2026", "18 390,00", "5 220,00", "12 546,22", "6 526,59", "7 114,82"],
        ["mai 2026", "3 680,25", "14 590,50", None, None, None],
    ]
    merged = ("A4:A5", "B4:C4", "D4:E4", "F4:F5")
    adoption = adopt(book(tmp_path / "suivi.xlsx", "Suivi mensuel", rows, merged=merged))
    lines = finance_by_line(adoption)
    assert {line for _, line in lines} == {"Missions", "Fonctionnement"}
    march = lines[(date(2026, 3, 1), "Missions")]
    assert (march.budget, march.actual, march.forecast) == (7050, 4343.04, None)
    assert lines[(date(2026, 5, 1), "Fonctionnement")].budget == 14590.5


def test_french_plan_and_forecast_words() -> None:
    from addin.adopt.finance import measure_translated

    assert measure_translated("Prévisionnel") == "budget"
    assert measure_translated("Prévisions") == "forecast"


def test_budget_spread_over_its_months_is_the_budget() -> None:
    """Mexico's ``Presupuesto calendarizado`` (the public budget's monthly calendar), a
    ``Phased budget``: the budget."""
    from tests.adopt_sheets import best_candidate

    assert best_candidate("Presupuesto calendarizado", "finance") == ("budget", 1.0)
    assert best_candidate("Phased budget", "finance") == ("budget", 1.0)


def test_variance_column_with_its_code_names_the_currency(tmp_path: Path) -> None:
    """Xero's Budget Variance report: each month merged over ``Actual | Budget | Var SGD |
    Var %``; the variance's code is the amounts' currency (SGD), as ``Budget CHF``'s is."""
    rows: list[list[object]] = [
        ["Budget Variance"],
        ["Eldercare charity"],
        ["For the 2 months ended 31 March 2026"],
        [],
        [None, "Feb-26", None, None, None, "Mar-26", None, None, None],
        ["Account", "Actual", "Budget", "Var SGD", "Var %"] * 1
        + ["Actual", "Budget", "Var SGD", "Var %"],
        ["Venue Rental", 3307.03, 4300, 992.97, 0.23, 7207.33, 9900, 2692.67, 0.27],
        ["Wages and Salaries", 2195.36, 1700, -495.36, -0.29, 2872.48, 2500, -372.48, -0.15],
    ]
    adoption = adopt(book(tmp_path / "xero.xlsx", "Budget Variance", rows, ("B5:E5", "F5:I5")))
    assert adoption.project.header.currency == "SGD"
    lines = finance_by_line(adoption)
    assert lines[(date(2026, 3, 1), "Venue Rental")].budget == 9900


def test_finnish_unit_line_in_the_essive_names_the_euro() -> None:
    """``Summat euroina, alv 0 %`` (amounts in euros, VAT 0 %): the euro, as ``Summat
    euroa`` was; a word that merely ends so names none."""
    from addin.adopt.currency import unit_line_currencies

    assert unit_line_currencies("Summat euroina, alv 0 %") == {"EUR"}
    assert unit_line_currencies("Summat euroissa") == {"EUR"}
    assert unit_line_currencies("Amounts in Verona") == set()
