"""Round 40 (task ox40): round 39's leftovers mended (rt39's and ox39's). Each rule on a
small workbook built here, with a near miss."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.adopt_sheets import (
    adopt,
    best_candidate,
    book,
    books,
    field,
    finance_by_line,
    only,
    registers,
    targets,
)


def _risks(header: str, classes: list[str], status: str = "Open") -> list[list[object]]:
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
        rows.append([n, text, cls, 3, "Pat Lee", status])
    return rows


@pytest.mark.parametrize(
    ("header", "classes", "first"),
    [
        ("Kategorie", ["Termine", "Kosten", "Qualität", "Termine", "Personal"], "Schedule"),
        ("Categoria", ["Tempi", "Costi", "Qualità", "Tempi", "Personale"], "Schedule"),
        ("Categoria", ["Cliente", "Custos", "Qualidade", "Cliente", "Pessoal"], "Third Party"),
    ],
)
def test_a_category_value_is_read_by_the_header_words_when_the_values_miss(
    tmp_path: Path, header: str, classes: list[str], first: str
) -> None:
    """German ``Termine`` (deadlines) is French ``terminé`` (complete) to the values, no
    class of a category; Italian ``Tempi`` and Portuguese ``Cliente`` no value at all. Read
    by the header words (the schedule, the client), which the category list holds, the
    column is the category (before: left out, "its values do not fit")."""
    adoption = adopt(book(tmp_path / "risks.xlsx", "Risks", _risks(header, classes)))
    assert targets(only(adoption))[header] == "category"
    got = field(adoption, "risks", "category")
    assert got[0] == got[3] == first


def test_a_status_of_terminé_stays_complete(tmp_path: Path) -> None:
    """Near miss: in a status column the values' reading holds (French ``Terminé``, and
    the same word written without its accent, ``Termine``): closed, never the schedule."""
    for word in ("Terminé", "Termine"):
        rows = _risks("Catégorie", ["Planning", "Coûts", "Qualité", "Planning", "Personnel"], word)
        adoption = adopt(book(tmp_path / "fr.xlsx", "Risques", rows))
        assert targets(only(adoption))["Status"] == "status"
        assert set(field(adoption, "risks", "status")) == {"Closed"}


@pytest.mark.parametrize(
    "header",
    ["Capitolo di spesa", "Natureza da despesa", "Elemento de despesa", "Nature de dépense"],
)
def test_a_public_budgets_classification_of_spending_is_the_cost_line(header: str) -> None:
    """As Spanish ``Capítulo del gasto`` (round 39): Italian, Brazilian and French public
    budgets classify their spending by chapter, nature or element: the cost line."""
    assert best_candidate(header, "finance") == ("cost_line", 1.0)


@pytest.mark.parametrize("header", ["Capitolo", "Natureza", "Nature"])
def test_a_chapter_or_nature_alone_is_no_cost_line(header: str) -> None:
    """Near miss: a document's chapter, a nature of anything, name no cost line."""
    found = best_candidate(header, "finance")
    assert found is None or found[0] != "cost_line"


def _invoices(head: list[str], descs: list[str], title: str) -> list[list[object]]:
    rows: list[list[object]] = [[title], [], head]
    for i, what in enumerate(descs):
        rows.append([f"F-{100 + i}", date(2026, 1 + i, 10), "Alfa Engenharia", what])
        rows[-1].append(10000.0 + i)
    return rows


@pytest.mark.parametrize(
    ("head", "descs"),
    [
        (["Fatura nº", "Data", "Fornecedor", "Descrição", "Valor (R$)"], ["Fase A", "Fase B"]),
        (["Fatura nº", "Data", "Fornecedor", "Descrição", "Valor (R$)"], ["Fase 1", "Fase 2"]),
        (["Factura nº", "Fecha", "Proveedor", "Descripción", "Importe"], ["Fase A", "Fase B"]),
        (["Fattura n.", "Data", "Fornitore", "Descrizione", "Importo"], ["Fase A", "Fase B"]),
    ],
)
def test_the_supplier_of_an_invoice_log_in_spanish_italian_portuguese_is_its_line(
    tmp_path: Path, head: list[str], descs: list[str]
) -> None:
    """``Fornecedor``, ``Proveedor``, ``Fornitore`` name the firm paid, as ``Supplier``,
    ``Lieferant`` and ``Fournisseur`` do: the invoices received are its spend by month,
    whatever their descriptions (before: refused, ``Fase A``...``Fase D`` and ``Fase 1``...
    ``Fase 4`` alike; the ``Fase 1`` log read only by a client column's content)."""
    rows = _invoices(head, [*descs, descs[0], descs[1]], "Faturas recebidas")
    adoption = adopt(books(tmp_path / "inv.xlsx", {"Faturas": rows}))
    assert targets(only(adoption))[head[2]] == "cost_line"
    lines = finance_by_line(adoption)
    assert len(lines) == 4
    assert lines[(date(2026, 3, 1), "Alfa Engenharia")].actual == 10002.0


def test_the_supplier_word_stays_the_third_party_class(tmp_path: Path) -> None:
    """Near miss: as a risk's category value ``Fornecedor`` is still the Third Party."""
    classes = ["Fornecedor", "Cronograma", "Fornecedor", "Cronograma", "Fornecedor"]
    adoption = adopt(book(tmp_path / "r.xlsx", "Riscos", _risks("Categoria", classes)))
    assert field(adoption, "risks", "category")[:2] == ["Third Party", "Schedule"]


@pytest.mark.parametrize(
    ("sheet", "head"),
    [
        ("Notas fiscais", ["NF nº", "Emissão", "Fornecedor", "Descrição", "Valor"]),
        ("Invoices", ["Invoice No.", "Issued", "Supplier", "Description", "Amount"]),
        ("Invoices", ["Invoice No.", "Date issued", "Supplier", "Description", "Value"]),
    ],
)
def test_a_short_invoice_log_dated_by_its_issue_is_read(
    tmp_path: Path, sheet: str, head: list[str]
) -> None:
    """A short log of invoices with no service month: the date of issue (``Issued``,
    ``Emissão``) is the invoice's date, its month the month (weak, as a bare ``Date``);
    in an invoice register a bare ``Valor`` / ``Value`` is each invoice's amount (before:
    refused, "amounts without months" / "no amounts by month")."""
    rows = _invoices(head, ["Projeto", "Sondagem", "Projeto", "Sondagem"], "Invoice log")
    adoption = adopt(books(tmp_path / "nf.xlsx", {sheet: rows}))
    got = targets(only(adoption))
    assert got[head[1]] == "month" and got[head[4]] == "actual"
    assert finance_by_line(adoption)[(date(2026, 2, 1), "Alfa Engenharia")].actual == 10001.0


def test_a_bare_value_outside_an_invoice_register_stays_unread(tmp_path: Path) -> None:
    """Near miss: ``Value`` alone in a table no name calls invoices is any value (a score,
    a quantity): no amount is read from it."""
    rows = _invoices(["No.", "Date", "Supplier", "Description", "Value"], ["A", "B"], "Scores")
    adoption = adopt(books(tmp_path / "scores.xlsx", {"Scores": rows}))
    assert "finance" not in registers(adoption)
