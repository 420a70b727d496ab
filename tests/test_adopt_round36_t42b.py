"""Round 36 (t42b): tuning on the eighty-ninth batch (supplier and consultancy reports:
consultancies and agencies). docs/adopt.md, "Round 36: tuning on the eighty-ninth batch".

1. a retainer burn tracker: ``Retainer`` is the period's budget, ``Fees burned`` its actual;
2. an invoice log: ``Subtotal`` (before the tax) is the actual, and a column headed as the
   period (``Periodo``) is the month over the invoice's date (``Fecha``);
3. a timesheet (German ``Leistungsnachweis``) over amounts by month says they are actuals;
4. a false friend alone over a column of dates (Portuguese ``Data``) is a bare date;
5. a decision ``validated by`` someone (French ``Validée par``) was made by them.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from addin.adopt import Adoption
from addin.adopt.finance import title_measure
from addin.adopt.languages import translate
from addin.adopt.match import candidates
from tests.adopt_sheets import adopt, book, books, field, finance_by_line, only, targets


def _adopt(tmp_path: Path, name: str, sheet: str, rows: list[list[object]]) -> Adoption:
    return adopt(books(tmp_path / f"{name}.xlsx", {sheet: rows}))


# --- 1. a retainer burn tracker --------------------------------------------------------


def test_a_retainer_is_the_budget_and_fees_burned_the_actual(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Month", "Workstream", "Retainer (USD)", "Hours used", "Fees burned (USD)", "Left"],
        [date(2026, 1, 1), "Paid search", 5000, 20, 3600, 1400],
        [date(2026, 1, 1), "Content", 8000, 50, 9000, -1000],
        [date(2026, 2, 1), "Paid search", 5000, 30, 5400, -400],
        [date(2026, 2, 1), "Content", 8000, 40, 7200, 800],
    ]
    adoption = _adopt(tmp_path, "burn", "Burn", rows)
    table = only(adoption)
    assert table.register == "finance"
    mapped = targets(table)
    assert mapped["Retainer (USD)"] == "budget"
    assert mapped["Fees burned (USD)"] == "actual"
    lines = finance_by_line(adoption)
    assert (
        lines[(date(2026, 1, 1), "Content")].budget,
        lines[(date(2026, 1, 1), "Content")].actual,
    ) == (8000, 9000)
    assert lines[(date(2026, 2, 1), "Paid search")].actual == 5400


# --- 2. an invoice log ----------------------------------------------------------------


def test_an_invoice_logs_subtotal_is_the_actual_of_its_period(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Factura", "Fecha", "Periodo", "Concepto", "Subtotal (EUR)", "IVA 21%", "Total"],
        ["F-101", "30/01/2026", "Enero 2026", "Soporte", 1000, 210, 1210],
        ["F-102", "02/02/2026", "Enero 2026", "Hospedaje", 500, 105, 605],
        ["F-103", "27/02/2026", "Febrero 2026", "Soporte", 1200, 252, 1452],
        ["F-104", "03/03/2026", "Febrero 2026", "Hospedaje", 400, 84, 484],
    ]
    adoption = _adopt(tmp_path, "facturas", "Facturas", rows)
    table = only(adoption)
    assert table.register == "finance"
    mapped = targets(table)
    assert mapped["Periodo"] == "month"
    assert mapped["Fecha"] is None
    assert mapped["Subtotal (EUR)"] == "actual"
    lines = finance_by_line(adoption)
    # the invoice dated 2 February is January's (its period), not February's
    assert lines[(date(2026, 1, 1), "Hospedaje")].actual == 500
    assert lines[(date(2026, 2, 1), "Hospedaje")].actual == 400


def test_a_date_alone_still_reads_as_the_month(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Date", "Cost line", "Actual"],
        [date(2026, 1, 1), "Hosting", 100],
        [date(2026, 2, 1), "Hosting", 120],
        [date(2026, 3, 1), "Hosting", 90],
    ]
    adoption = _adopt(tmp_path, "spend", "Spend", rows)
    assert targets(only(adoption))["Date"] == "month"
    assert finance_by_line(adoption)[(date(2026, 2, 1), "Hosting")].actual == 120


# --- 3. a timesheet's amounts ----------------------------------------------------------


def test_a_timesheet_title_says_actuals() -> None:
    assert translate("Leistungsnachweis") == "timesheet"
    assert title_measure("leistungsnachweis", ["Leistungsnachweis"]) == "actual"
    assert title_measure("monthly timesheet summary") == "actual"


def test_a_german_timesheet_sheets_amounts_are_actuals(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Muster AG - Leistungsnachweis (CHF exkl. MWST)"],
        [],
        ["Rolle", "Stundensatz", "01.2026", "02.2026", "03.2026", "Total"],
        ["Entwickler", 150, 1500, 3000, 4500, 9000],
        ["Testerin", 130, 1300, 2600, 0, 3900],
    ]
    adoption = _adopt(tmp_path, "tm", "Leistungsnachweis", rows)
    lines = finance_by_line(adoption)
    line = lines[(date(2026, 2, 1), "Entwickler")]
    assert (line.actual, line.budget) == (3000, None)
    assert lines[(date(2026, 1, 1), "Testerin")].actual == 1300


def test_amounts_no_word_names_are_still_read_as_budget(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Muster AG - Kostenübersicht"],
        [],
        ["Rolle", "01.2026", "02.2026"],
        ["Entwickler", 1500, 3000],
        ["Testerin", 1300, 2600],
    ]
    adoption = _adopt(tmp_path, "plan", "Übersicht", rows)
    line = finance_by_line(adoption)[(date(2026, 2, 1), "Entwickler")]
    assert (line.budget, line.actual) == (3000, None)


# --- 4. a false friend alone over dates ------------------------------------------------


def test_a_portuguese_data_over_dates_is_the_raised_date(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["ID", "Data", "Risco", "Probabilidade", "Impacto", "Responsável", "Status"],
        ["R01", "17/05/2026", "Chuva forte no dia da prova", "Alta", "Alta", "Ana Lima", "Aberto"],
        ["R02", "07/07/2026", "Atraso dos patrocinadores", "Média", "Baixa", "João Reis", "Aberto"],
        ["R03", "17/07/2026", "Falta de voluntários", "Baixa", "Média", "Ana Lima", "Fechado"],
    ]
    adoption = _adopt(tmp_path, "riscos", "Riscos", rows)
    table = only(adoption)
    assert targets(table)["Data"] == "raised_date"
    assert field(adoption, "risks", "raised_date") == [
        date(2026, 5, 17),
        date(2026, 7, 7),
        date(2026, 7, 17),
    ]


def test_an_english_data_column_of_text_is_no_date(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["ID", "Risk", "Data", "Owner", "Status"],
        ["R-001", "Supplier insolvency", "Credit report", "Ann Lee", "Open"],
        ["R-002", "Site access delayed", "Permit log", "Bo Chan", "Open"],
        ["R-003", "Key staff leave", "HR survey", "Ann Lee", "Closed"],
    ]
    adoption = adopt(book(tmp_path / "risks.xlsx", "Risks", rows))
    assert targets(only(adoption))["Data"] is None
    assert field(adoption, "risks", "raised_date") == [None, None, None]


# --- 5. validated by ------------------------------------------------------------------


def test_a_decision_validated_by_someone_was_made_by_them(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Réf.", "Date de décision", "Décision", "Motif", "Validée par"],
        [
            "DM-01",
            "12/03/2026",
            "Affiches en trois langues",
            "Public international",
            "Julien Martin",
        ],
        ["DM-02", "19/03/2026", "Billetterie en ligne seule", "Coût des guichets", "Claire Dubois"],
    ]
    adoption = _adopt(tmp_path, "decisions", "Décisions", rows)
    assert targets(only(adoption))["Validée par"] == "made_by"
    assert field(adoption, "decisions", "made_by") == ["Julien Martin", "Claire Dubois"]


def test_a_pay_applications_retainage_is_no_retainer(tmp_path: Path) -> None:
    """The lead's merge: a US pay application's ``Retainage`` (money held back) came near
    ``retainer`` and was read as the budget; it is a known column with no standard place."""
    rows: list[list[object]] = [
        ["Month", "Work item", "Budget", "Actual", "Retainage"],
        [date(2026, 1, 1), "Sitework", 45000, 40000, 4000],
        [date(2026, 1, 1), "Framing", 30000, 25000, 2500],
        [date(2026, 2, 1), "Sitework", 35000, 30000, 3000],
        [date(2026, 2, 1), "Framing", 30000, 35000, 3500],
    ]
    adoption = _adopt(tmp_path, "payapp", "Costs", rows)
    read = targets(only(adoption))
    assert (read["Budget"], read["Actual"], read.get("Retainage")) == ("budget", "actual", None)
    line = finance_by_line(adoption)[(date(2026, 2, 1), "Framing")]
    assert (line.budget, line.actual) == (30000, 35000)
    # the header alone: no measure of the finance register (it came near ``retainer``)
    assert not [c for c in candidates("Retainage", "finance") if c.column_key == "budget"]
