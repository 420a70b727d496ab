"""Round 38 (mx38): round 37's merge interaction on the ninety-sixth batch.

An invoice or billing log with both the invoice's date and the month the invoice is for
(``Data`` | ``Mês ref.``, ``Date`` | ``Month ref``) takes each amount's month from the
latter, however surely either header reads; a log with only an invoice date keeps it as the
month (docs/adopt.md, "Round 38: round 37's merge interaction on the ninety-sixth batch").
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from addin.adopt.match import Candidate
from addin.adopt.month_invoiced import month_named_over_date
from tests.adopt_sheets import adopt, book, finance_by_line, only, registers, targets


def _portuguese_log(with_month_for: bool) -> list[list[object]]:
    """A Portuguese supplier's invoice log, each invoice dated early in the next month."""
    head = ["N.º Fatura", "Data", "Mês ref.", "Descrição", "Valor s/ IVA (€)", "IVA (23%)"]
    rows: list[list[object]] = [
        ["FT 2026/21", "03-02-2026", "jan/26", "Licenças", 1000.0, 230.0, 1230.0, "Sim"],
        ["FT 2026/22", "04-02-2026", "jan/26", "Implementação", 2000.0, 460.0, 2460.0, "Sim"],
        ["FT 2026/23", "02-03-2026", "fev/26", "Implementação", 3000.0, 690.0, 3690.0, "Sim"],
        ["FT 2026/24", "05-03-2026", "fev/26", "Formação", 500.0, 115.0, 615.0, "Sim"],
        ["FT 2026/25", "01-04-2026", "mar/26", "Implementação", 2500.0, 575.0, 3075.0, "Não"],
        ["FT 2026/26", "02-04-2026", "mar/26", "Formação", 700.0, 161.0, 861.0, "Não"],
    ]
    header = [*head, "Total c/ IVA", "Pago?"]
    if not with_month_for:
        # the near miss: a Portuguese observation in its place, no month named
        header = [h if h != "Mês ref." else "Observações" for h in header]
        rows = [[*row[:2], "Enviada por email", *row[3:]] for row in rows]
    return [["Clínica Sol, Lda. - Registo de faturas do fornecedor"], [], header, *rows]


def test_portuguese_invoice_log_takes_the_month_invoiced_not_the_invoice_date(
    tmp_path: Path,
) -> None:
    """``Data`` (the invoice's date, early the next month) beside ``Mês ref.`` (the month
    it bills): each amount is the month referred to; before, the Portuguese table read
    ``Data`` as its date (0.9) above ``Mês ref.`` (0.73) and every amount moved a month."""
    adoption = adopt(book(tmp_path / "faturas.xlsx", "Faturas", _portuguese_log(True)))
    assert registers(adoption) == ["finance"]
    read = targets(only(adoption))
    assert read["Mês ref."] == "month"
    assert read["Data"] is None
    got = finance_by_line(adoption)
    assert got[(date(2026, 1, 1), "Implementação")].actual == 2000.0
    assert got[(date(2026, 2, 1), "Implementação")].actual == 3000.0
    assert got[(date(2026, 2, 1), "Formação")].actual == 500.0
    assert got[(date(2026, 3, 1), "Implementação")].actual == 2500.0
    assert (date(2026, 4, 1), "Implementação") not in got


def test_english_billing_log_takes_its_month_ref_over_its_date(tmp_path: Path) -> None:
    """The same rule in English: ``Date`` reads as the month surely (0.9), ``Month ref``
    partly (0.75); the month referred to is the amount's month."""
    rows: list[list[object]] = [
        ["Invoice", "Date", "Month ref", "Description", "Net amount"],
        ["INV-101", date(2026, 5, 2), "Apr-26", "Hosting", 1200.0],
        ["INV-102", date(2026, 5, 3), "Apr-26", "Support", 800.0],
        ["INV-103", date(2026, 6, 1), "May-26", "Hosting", 1200.0],
        ["INV-104", date(2026, 6, 4), "May-26", "Support", 650.0],
    ]
    adoption = adopt(book(tmp_path / "billing.xlsx", "Invoices", rows))
    read = targets(only(adoption))
    assert read["Month ref"] == "month"
    assert read["Date"] is None
    got = finance_by_line(adoption)
    assert got[(date(2026, 4, 1), "Support")].actual == 800.0
    assert got[(date(2026, 5, 1), "Support")].actual == 650.0
    assert (date(2026, 6, 1), "Hosting") not in got


def test_near_miss_a_log_with_only_an_invoice_date_keeps_it_as_the_month(
    tmp_path: Path,
) -> None:
    """No column names the month invoiced: ``Data`` is still the month of each amount."""
    adoption = adopt(book(tmp_path / "faturas.xlsx", "Faturas", _portuguese_log(False)))
    assert registers(adoption) == ["finance"]
    assert targets(only(adoption))["Data"] == "month"
    got = finance_by_line(adoption)
    assert got[(date(2026, 2, 1), "Implementação")].actual == 2000.0
    assert got[(date(2026, 4, 1), "Implementação")].actual == 2500.0


def test_two_dates_and_a_count_of_months_name_no_month_invoiced() -> None:
    """Only a header naming a month or period outranks a date: a second date (``Due
    date``) or a count of months (``Months``) leaves the invoice date its reading."""
    scored = {
        1: [Candidate("month", 0.9, "date")],
        2: [Candidate("month", 0.728, "date")],
        3: [Candidate("month", 0.818, "Month")],
    }
    headers = {1: "Date", 2: "Due date", 3: "Months"}
    month_named_over_date(scored, headers)
    assert [c.column_key for c in scored[1]] == ["month"]
    assert [c.column_key for c in scored[2]] == ["month"]
    # a column headed by the month it bills takes the month from both dates
    scored[4] = [Candidate("month", 0.75, "Month"), Candidate("cost_line", 0.75, "service")]
    headers[4] = "Service month"
    month_named_over_date(scored, headers)
    assert 1 not in scored and 2 not in scored
    assert scored[4][0].column_key == "month"


def test_period_column_takes_the_month_as_surely_as_the_date_gave_it(tmp_path: Path) -> None:
    """An ERP expenditure export (``Task Number | Expenditure Item Date | Period Name |
    Burdened Cost``): ``Period Name`` (0.75) takes the month from the item's date (0.9) with
    the date's surety, so the export is still read as a finance tracker by period, not
    refused as a priced list of tasks (each with an amount and a date)."""
    head = ["Project Number", "Task Number", "Expenditure Type", "Expenditure Item Date"]
    rows: list[list[object]] = [[*head, "Period Name", "Burdened Cost"]]
    for month, day, kind, cost in (
        (1, 30, "Furniture", 120000.0),
        (1, 31, "Cabling", 45000.0),
        (2, 27, "Furniture", 98000.0),
        (2, 28, "Cabling", 51000.0),
        (3, 30, "Furniture", 87000.0),
        (3, 31, "Cabling", 30000.0),
    ):
        period = ["JAN", "FEB", "MAR"][month - 1] + "-26"
        rows.append(["PH-1", f"{month}.0", kind, date(2026, month, day), period, cost])
    adoption = adopt(book(tmp_path / "export.xlsx", "Export", rows))
    assert registers(adoption) == ["finance"]
    read = targets(only(adoption))
    assert read["Period Name"] == "month"
    assert read["Expenditure Item Date"] is None
    months = sorted({f.month for f in adoption.project.finance})
    assert months == [date(2026, 1, 1), date(2026, 2, 1), date(2026, 3, 1)]
