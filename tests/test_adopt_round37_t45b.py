"""Round 37 (task t45b): tuning on the ninety-sixth batch (supplier and consultancy
reports). Each rule on a small workbook of its own shape: a supplier's register of its
client's responsibilities, an invoice log whose sheet and title line name the invoices
apart (``Faturas`` over ``... - Registo de faturas``) with its value before the tax
(``Valor s/ IVA (€)``), and a payment plan's codes beside the milestone's description
(``Hito | Descripción``)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from addin.adopt.match import value_in_currency
from tests.adopt_sheets import adopt, book, books, field, finance_by_line, only, registers, targets

# ---------------------------------------------------------------------------------------
# A supplier's register of its client's responsibilities (dependencies)
# ---------------------------------------------------------------------------------------


def _duties(title: str, duty_head: str) -> list[list[object]]:
    return [
        ["Harbour Packaging Systems Ltd"],
        [title],
        [],
        ["Item", duty_head, "Responsible", "Required by", "Status"],
        ["1.1", "Floor slab for the palletiser poured", "Anna Berg", datetime(2026, 3, 2), "Open"],
        ["1.2", "Power supply to the line position", "Jon Dahl", datetime(2026, 3, 20), "Late"],
        ["2.1", "Label artwork approved by marketing", "Anna Berg", datetime(2026, 4, 9), "Open"],
        ["2.2", "Operators released for training", "Jon Dahl", datetime(2026, 5, 4), "Open"],
    ]


def test_client_responsibilities_register_is_a_dependency_register(tmp_path: Path) -> None:
    """``Client responsibilities register`` over ``Client responsibility | Responsible |
    Required by``: each duty the client owes the supplier by a date, a dependency each,
    titled by the duty; the person under ``Responsible`` is its owner."""
    rows = _duties("Line 2 upgrade - Client responsibilities register", "Client responsibility")
    adoption = adopt(books(tmp_path / "duties.xlsx", {"Client Responsibilities": rows}))
    assert registers(adoption) == ["dependencies"]
    assert field(adoption, "dependencies", "title") == [
        "Floor slab for the palletiser poured",
        "Power supply to the line position",
        "Label artwork approved by marketing",
        "Operators released for training",
    ]
    assert field(adoption, "dependencies", "need_by") == [
        date(2026, 3, 2),
        date(2026, 3, 20),
        date(2026, 4, 9),
        date(2026, 5, 4),
    ]
    assert field(adoption, "dependencies", "owner") == [
        "Anna Berg",
        "Jon Dahl",
        "Anna Berg",
        "Jon Dahl",
    ]


def test_roles_and_responsibilities_name_no_dependency_register(tmp_path: Path) -> None:
    """Near-miss: a RACI's ``Roles and responsibilities`` names no party's duties: the
    same table under it is no dependency register by its name."""
    rows = _duties("Line 2 upgrade - Roles and responsibilities", "Responsibility")
    adoption = adopt(books(tmp_path / "raci.xlsx", {"Roles": rows}))
    assert (
        registers(adoption) != ["dependencies"]
        or targets(only(adoption))["Responsibility"] != "title"
    )


# ---------------------------------------------------------------------------------------
# An invoice log named by its sheet and its title line apart, its value before the tax
# ---------------------------------------------------------------------------------------


def _invoices() -> list[list[object]]:
    head = ["N.º Fatura", "Data", "Mês ref.", "Descrição", "Valor s/ IVA (€)", "IVA (23%)"]
    return [
        ["Quinta do Rio, Lda. - Registo de faturas do fornecedor (Softhotel)"],
        [],
        [*head, "Total c/ IVA", "Pago?"],
        ["FT 2026/11", "30-01-2026", "jan/26", "Licenças", 1000.0, 230.0, 1230.0, "Sim"],
        ["FT 2026/12", "31-01-2026", "jan/26", "Implementação", 2000.0, 460.0, 2460.0, "Sim"],
        ["FT 2026/13", "27-02-2026", "fev/26", "Implementação", 3000.0, 690.0, 3690.0, "Sim"],
        ["FT 2026/14", "28-02-2026", "fev/26", "Formação", 500.0, 115.0, 615.0, "Sim"],
        ["FT 2026/15", "30-03-2026", "mar/26", "Implementação", 2500.0, 575.0, 3075.0, "Não"],
        ["FT 2026/16", "31-03-2026", "mar/26", "Formação", 700.0, 161.0, 861.0, "Não"],
    ]


def test_invoice_log_named_by_sheet_and_title_line_apart(tmp_path: Path) -> None:
    """``Faturas`` (invoices) over ``Quinta do Rio, Lda. - Registo de faturas do
    fornecedor``: the sheet names the invoices alone; its recurring ``Descrição`` is the
    line billed and ``Valor s/ IVA (€)`` (value without VAT) the amount spent."""
    adoption = adopt(books(tmp_path / "faturas.xlsx", {"Faturas": _invoices()}))
    assert registers(adoption) == ["finance"]
    got = finance_by_line(adoption)
    assert got[(date(2026, 1, 1), "Implementação")].actual == 2000.0
    assert got[(date(2026, 2, 1), "Implementação")].actual == 3000.0
    assert got[(date(2026, 3, 1), "Formação")].actual == 700.0
    assert targets(only(adoption))["Valor s/ IVA (€)"] == "actual"
    assert targets(only(adoption))["Total c/ IVA"] is None


def test_value_without_the_tax_in_a_currency_is_the_amount() -> None:
    """``Valor s/ IVA (€)``, ``Valor sem IVA (€)``, ``Wert ohne MwSt. (EUR)``: a value
    noun, the tax left out and the currency: the net value; with the tax (``c/ IVA``) or
    another thing left out (``s/ desconto``) it is not."""
    assert value_in_currency("Valor s/ IVA (€)")
    assert value_in_currency("Valor sem IVA (€)")
    assert value_in_currency("Wert ohne MwSt. (EUR)")
    assert not value_in_currency("Valor c/ IVA (€)")
    assert not value_in_currency("Valor s/ desconto (€)")
    assert not value_in_currency("Total s/ IVA (€)")


# ---------------------------------------------------------------------------------------
# A payment plan's codes beside the milestone's description
# ---------------------------------------------------------------------------------------


def _payment_plan(code_head: str, name_head: str) -> list[list[object]]:
    return [
        ["Integra S.L. - Calendario de hitos y pagos"],
        [],
        [code_head, name_head, "Fecha contractual", "Fecha real", "Estado"],
        ["H1", "Firma del contrato", datetime(2026, 1, 19), datetime(2026, 1, 19), "Completado"],
        ["H2", "Migración del DMS", datetime(2026, 3, 2), None, "En curso"],
        ["H3", "Aceptación final", datetime(2026, 5, 29), None, "Pendiente"],
    ]


def test_milestone_codes_beside_their_description(tmp_path: Path) -> None:
    """``Hito | Descripción`` (milestone, description) over ``H1 | Firma del contrato``:
    the codes number the milestones the description names; the milestone is the text."""
    adoption = adopt(
        books(tmp_path / "hitos.xlsx", {"Hitos de pago": _payment_plan("Hito", "Descripción")})
    )
    assert registers(adoption) == ["milestones"]
    assert field(adoption, "milestones", "milestone") == [
        "Firma del contrato",
        "Migración del DMS",
        "Aceptación final",
    ]
    assert targets(only(adoption))["Hito"] == "id"


def test_half_year_codes_stay_periods(tmp_path: Path) -> None:
    """Near-miss: ``H1`` and ``H2`` alone may be the year's two halves: not read as the
    items' numbers (round 34's period letters), so the ``Hito`` column is no ID."""
    rows = _payment_plan("Hito", "Descripción")[:-1]
    adoption = adopt(books(tmp_path / "halves.xlsx", {"Hitos de pago": rows}))
    assert targets(only(adoption))["Hito"] != "id"


def test_two_text_columns_keep_the_leftmost_milestone(tmp_path: Path) -> None:
    """Near-miss: ``Milestone | Description`` over words in both: the milestone's name is
    the left column's, the description beside it no rival (nothing moves)."""
    rows = _payment_plan("Milestone", "Description")
    for row, name in zip(
        rows[3:], ["Contract signed", "DMS migrated", "Final acceptance"], strict=True
    ):
        row[0] = name
    adoption = adopt(books(tmp_path / "milestones.xlsx", {"Payment milestones": rows}))
    assert field(adoption, "milestones", "milestone") == [
        "Contract signed",
        "DMS migrated",
        "Final acceptance",
    ]


# ---------------------------------------------------------------------------------------
# A status report's date beside its period, and its RAG panel's whole-project line
# ---------------------------------------------------------------------------------------


def _status_report(panel: list[list[object]]) -> list[list[object]]:
    return [
        ["Nordlicht Consulting GmbH - Monatlicher Statusbericht"],
        [],
        ["Projekt:", "Einführung Redaktionssystem"],
        ["Berichtszeitraum:", "März 2026"],
        ["Berichtsdatum:", "03.04.2026"],
        [],
        *panel,
        [],
        ["Meilensteine"],
        ["Nr.", "Meilenstein", "Plan-Termin", "Status"],
        ["M1", "Pilot Kempten", "12.01.2026", "erreicht"],
        ["M2", "Archivübernahme", "02.03.2026", "verzögert"],
    ]


def test_report_date_beside_its_period_is_the_reports_own(tmp_path: Path) -> None:
    """``Berichtszeitraum: März 2026`` above ``Berichtsdatum: 03.04.2026``: the report is
    dated 3 April (its own date line), not the period's last day, whichever stands first;
    the RAG panel's ``Gesamt`` under ``Ampel`` is the overall RAG."""
    panel: list[list[object]] = [["Ampel"], ["Gesamt", "rot"], ["Termine", "gelb"]]
    adoption = adopt(book(tmp_path / "status.xlsx", "Statusbericht", _status_report(panel)))
    header = adoption.project.header
    assert header.report_date == date(2026, 4, 3)
    assert header.overall_rag == "Red"
    assert header.schedule_rag == "Amber"


def test_period_alone_still_dates_the_report(tmp_path: Path) -> None:
    """Near-miss: with no report date line, the period's last day dates the report, as
    before; a ``Gesamt`` under no RAG heading (a budget's total line) is no RAG."""
    rows = _status_report([["Budget"], ["Gesamt", "rot"]])
    del rows[4]
    adoption = adopt(book(tmp_path / "period.xlsx", "Statusbericht", rows))
    header = adoption.project.header
    assert header.report_date == date(2026, 3, 31)
    assert header.overall_rag is None
