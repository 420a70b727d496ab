"""Round 36 (task fx36): the field names of the finance systems and sectors project finance
comes from, as word families, so that a tracker exported from them is read.

Each family is a small tracker as the system exports it, adopted as a user would, asserting
the months, lines and amounts a PMO expects; beside each, its near misses (a commitment is
no actual, a cumulative or a variance column is no month's amount). The families read
before this round are asserted too, so that none is lost.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from addin.adopt.match import candidates
from tests.adopt_sheets import adopt, books

JAN, FEB, MAR = (date(2026, m, 1) for m in range(1, 4))
APR, MAY = date(2026, 4, 1), date(2026, 5, 1)

Lines = dict[tuple[date | None, str | None], tuple[float | None, float | None, float | None]]


def _lines(tmp_path: Path, name: str, rows: list[list[object]]) -> Lines:
    adoption = adopt(books(tmp_path / f"{name}.xlsx", {name[:30]: rows}))
    return {
        (f.month, f.cost_line): (f.budget, f.actual, f.forecast) for f in adoption.project.finance
    }


def _measure(header: str) -> str | None:
    """The finance measure a header is read as (budget, actual, forecast), else None."""
    found = [c for c in candidates(header, "finance") if c.confidence >= 0.75]
    key = found[0].column_key if found else None
    return key if key in {"budget", "actual", "forecast"} else None


# --- ERP exports -------------------------------------------------------------------------


def test_sap_co_report_in_german_reads_fiscal_year_and_period(tmp_path: Path) -> None:
    """SAP CO's ``Geschäftsjahr | Periode`` is a ``Fiscal Year | Period``; its ``Obligo``
    (commitment) is no actual. Round 37 (ox37): the German financial year is the calendar
    year unless the title says (periods from January); the English one starts in month 4
    unless the title says."""
    rows: list[list[object]] = [
        ["Geschäftsjahr", "Periode", "Kostenstelle", "Kostenart", "Plan", "Ist", "Obligo"],
        [2026, 1, "4711", "Personalkosten", 1000, 900, 50],
        [2026, 1, "4711", "Reisekosten", 200, 150, 0],
        [2026, 2, "4711", "Personalkosten", 1000, 950, 20],
        [2026, 2, "4711", "Reisekosten", 200, 210, 0],
    ]
    german = _lines(tmp_path, "sap_de", rows)
    assert german == {
        (JAN, "Personalkosten"): (1000.0, 900.0, None),
        (JAN, "Reisekosten"): (200.0, 150.0, None),
        (FEB, "Personalkosten"): (1000.0, 950.0, None),
        (FEB, "Reisekosten"): (200.0, 210.0, None),
    }
    english = [["Fiscal Year", "Period", "Cost Center", "Cost Element", "Plan", "Actual"]]
    english += [r[:6] for r in rows[1:]]
    assert _lines(tmp_path, "sap_en", english) == {
        (APR, "Personalkosten"): (1000.0, 900.0, None),
        (APR, "Reisekosten"): (200.0, 150.0, None),
        (MAY, "Personalkosten"): (1000.0, 950.0, None),
        (MAY, "Reisekosten"): (200.0, 210.0, None),
    }


def test_sap_line_items_value_in_controlling_currency_is_the_amount(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["PSP-Element", "Kostenart", "Geschäftsjahr", "Periode", "Wert/KWähr"],
        ["P-1000-01", "Fremdleistung", 2026, 1, 1200],
        ["P-1000-01", "Material", 2026, 1, 300],
        ["P-1000-01", "Fremdleistung", 2026, 2, 1250],
    ]
    assert _lines(tmp_path, "cji3", rows) == {
        (JAN, "Fremdleistung"): (None, 1200.0, None),
        (JAN, "Material"): (None, 300.0, None),
        (FEB, "Fremdleistung"): (None, 1250.0, None),
    }


@pytest.mark.parametrize(
    ("year", "period"),
    [("Ejercicio", "Período"), ("Exercice", "Période"), ("Boekjaar", "Periode")],
)
def test_a_financial_year_column_in_other_languages(tmp_path: Path, year: str, period: str) -> None:
    rows: list[list[object]] = [
        [year, period, "Cost Line", "Budget", "Actual"],
        [2026, 1, "Staff", 100, 90],
        [2026, 2, "Staff", 100, 95],
    ]
    assert _lines(tmp_path, "fy", rows) == {  # ox37: their financial year is the calendar's
        (JAN, "Staff"): (100.0, 90.0, None),
        (FEB, "Staff"): (100.0, 95.0, None),
    }


def test_a_calendar_year_beside_a_month_in_german(tmp_path: Path) -> None:
    """``Jahr | Monat`` is the calendar's year and month (a BI export's), as ``Year |
    Month`` is: month 1 is January, not the financial year's first month."""
    rows: list[list[object]] = [
        ["Jahr", "Monat", "Kostenart", "Plan", "Ist"],
        [2026, 1, "Personal", 100, 90],
        [2026, 2, "Personal", 100, 95],
        [2026, 3, "Personal", 100, 97],
    ]
    assert _lines(tmp_path, "jahr", rows) == {
        (JAN, "Personal"): (100.0, 90.0, None),
        (FEB, "Personal"): (100.0, 95.0, None),
        (MAR, "Personal"): (100.0, 97.0, None),
    }


def test_oracle_projects_burdened_cost_is_the_actual(tmp_path: Path) -> None:
    """Oracle's ``BURDENED_COST`` (raw cost with overheads) is the actual where both stand;
    ``RAW_COST`` alone is the actual; ``PERIOD_NAME`` ``JAN-26`` is the month."""
    both: list[list[object]] = [
        ["PROJECT_NUMBER", "EXPENDITURE_TYPE", "PERIOD_NAME", "RAW_COST", "BURDENED_COST"],
        ["PRJ-1", "Labor", "JAN-26", 900, 1170],
        ["PRJ-1", "Travel", "JAN-26", 150, 165],
        ["PRJ-1", "Labor", "FEB-26", 950, 1235],
    ]
    assert _lines(tmp_path, "ora_both", both) == {
        (JAN, "Labor"): (None, 1170.0, None),
        (JAN, "Travel"): (None, 165.0, None),
        (FEB, "Labor"): (None, 1235.0, None),
    }
    raw = [row[:4] for row in both]
    assert _lines(tmp_path, "ora_raw", raw) == {
        (JAN, "Labor"): (None, 900.0, None),
        (JAN, "Travel"): (None, 150.0, None),
        (FEB, "Labor"): (None, 950.0, None),
    }


@pytest.mark.parametrize(
    ("header", "measure"),
    [
        ("BURDENED_COST", "actual"),
        ("Burdened Cost", "actual"),
        ("RAW_COST", "actual"),
        ("Wert/KWähr", "actual"),
        ("Appropriation", "budget"),
        ("Appropriations", "budget"),
        ("Adopted Budget", "budget"),
        ("Dotação", "budget"),
        ("Dotação atualizada", "budget"),
        ("Haushaltsansatz", "budget"),
        ("Liquidado", "actual"),
        ("Mittelabfluss", "actual"),
    ],
)
def test_the_new_words_read_their_measure(header: str, measure: str) -> None:
    assert _measure(header) == measure


@pytest.mark.parametrize(
    "header",
    [
        # commitments: placed, not spent
        "Obligo",
        "Obligations",
        "Encumbrances",
        "Commitments",
        "Empenhado",
        "Engagé",
        # what is left, a variance, a value with no money word
        "Remaining Cost",
        "Cost Variance",
        "Wert",
        "Appropriation Number",
    ],
)
def test_near_misses_read_no_measure(header: str) -> None:
    assert _measure(header) is None


# --- public sector ---------------------------------------------------------------------------


def test_public_appropriation_and_expenditures(tmp_path: Path) -> None:
    """A state agency's ``Appropriation | Obligations | Expenditures | Encumbrances``: the
    appropriation is the budget, the expenditures the actual; obligations and encumbrances
    (commitments) are neither."""
    rows: list[list[object]] = [
        ["Month", "Program", "Appropriation", "Obligations", "Expenditures", "Encumbrances"],
        [JAN, "Outreach", 10000, 3000, 2000, 500],
        [FEB, "Outreach", 10000, 3500, 2500, 400],
    ]
    lines = _lines(tmp_path, "approp", rows)
    assert {k[0] for k in lines} == {JAN, FEB}
    assert sorted(v for v in lines.values()) == [(10000.0, 2000.0, None), (10000.0, 2500.0, None)]


def test_brazilian_budget_execution(tmp_path: Path) -> None:
    """``Dotação | Empenhado | Liquidado | Pago``: the appropriation is the budget, the
    expense recognised (``Liquidado``) the actual; the commitment (``Empenhado``) is not."""
    rows: list[list[object]] = [
        ["Mês", "Rubrica", "Dotação", "Empenhado", "Liquidado", "Pago"],
        [JAN, "Pessoal", 1000, 800, 600, 500],
        [FEB, "Pessoal", 1000, 900, 700, 650],
    ]
    assert _lines(tmp_path, "dotacao", rows) == {
        (JAN, "Pessoal"): (1000.0, 600.0, None),
        (FEB, "Pessoal"): (1000.0, 700.0, None),
    }


def test_german_public_budget_and_outflow(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Monat", "Kostenart", "Haushaltsansatz", "Obligo", "Mittelabfluss"],
        [JAN, "Personal", 1000, 80, 600],
        [FEB, "Personal", 1000, 90, 700],
    ]
    assert _lines(tmp_path, "haushalt", rows) == {
        (JAN, "Personal"): (1000.0, 600.0, None),
        (FEB, "Personal"): (1000.0, 700.0, None),
    }


# --- families read before this round (kept) ----------------------------------------------


@pytest.mark.parametrize(
    ("headers", "line"),
    [
        (["Monat", "Kostenart", "Soll", "Ist", "Obligo"], "Personal"),
        (["Mois", "Poste", "Crédits ouverts", "Mandaté", "Engagé"], "Études"),
        (["Maand", "Kostenpost", "Begroting", "Realisatie", "Verplichtingen"], "Personeel"),
        (["Mes", "Partida", "Presupuesto", "Ejecutado", "Comprometido"], "Personal"),
        (["Mês", "Rubrica", "Orçado", "Realizado", "Empenhado"], "Pessoal"),
        (["Month", "Cost Line", "Budget", "Actuals", "Commitments"], "Personnel"),
        (["Period", "Account", "Budget", "Expended", "Encumbered"], "Salaries"),
        (["Month", "Control Account", "BCWS", "ACWP", "BCWP"], "Design"),
    ],
)
def test_budget_actual_and_a_commitment_in_each_language(
    tmp_path: Path, headers: list[str], line: str
) -> None:
    rows: list[list[object]] = [headers, [JAN, line, 1000, 900, 50], [FEB, line, 1000, 950, 20]]
    assert _lines(tmp_path, "family", rows) == {
        (JAN, line): (1000.0, 900.0, None),
        (FEB, line): (1000.0, 950.0, None),
    }


def test_cumulative_and_variance_columns_are_no_months_amount(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Month", "Cost Line", "Budget", "Actual", "Cumulative Actual", "Variance"],
        [JAN, "Design", 100, 90, 90, 10],
        [FEB, "Design", 100, 95, 185, 5],
    ]
    assert _lines(tmp_path, "cum", rows) == {
        (JAN, "Design"): (100.0, 90.0, None),
        (FEB, "Design"): (100.0, 95.0, None),
    }


def test_quickbooks_budget_vs_actuals_across_months(tmp_path: Path) -> None:
    """QuickBooks' ``Budget vs. Actuals``: each month over ``Actual | Budget | over Budget |
    % of Budget``; the over-budget and percentage columns are no month's amount."""
    rows: list[list[object]] = [
        [None, "Jan 2026", None, None, None, "Feb 2026", None, None, None],
        [None, *["Actual", "Budget", "over Budget", "% of Budget"] * 2],
        ["Salaries", 900, 1000, -100, 0.9, 950, 1000, -50, 0.95],
        ["Travel", 100, 120, -20, 0.83, 110, 120, -10, 0.92],
    ]
    assert _lines(tmp_path, "qbo", rows) == {
        (JAN, "Salaries"): (1000.0, 900.0, None),
        (FEB, "Salaries"): (1000.0, 950.0, None),
        (JAN, "Travel"): (120.0, 100.0, None),
        (FEB, "Travel"): (120.0, 110.0, None),
    }


def test_period_coded_erp_exports(tmp_path: Path) -> None:
    """Unit4's ``202601`` period and Sage's ``2026/01`` beside ``Actual`` and ``Budget``."""
    unit4: list[list[object]] = [
        ["Account", "Period", "Actual amount", "Budget amount"],
        ["Salaries", 202601, 900, 1000],
        ["Salaries", 202602, 950, 1000],
    ]
    sage: list[list[object]] = [
        ["Nominal Code", "Name", "Period", "Actual", "Budget"],
        ["7000", "Salaries", "2026/01", 900, 1000],
        ["7000", "Salaries", "2026/02", 950, 1000],
    ]
    expected = {(JAN, "Salaries"): (1000.0, 900.0, None), (FEB, "Salaries"): (1000.0, 950.0, None)}
    assert _lines(tmp_path, "unit4", unit4) == expected
    assert _lines(tmp_path, "sage", sage) == expected
