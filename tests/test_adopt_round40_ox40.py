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


_LEDGER_EN = [
    "Posting Date",
    "Entry Type",
    "Document No.",
    "Job No.",
    "Job Task No.",
    "Type",
    "No.",
    "Description",
    "Quantity",
    "Unit Cost (LCY)",
    "Total Cost (LCY)",
    "Total Price (LCY)",
]
_PLAN_EN = [
    "Job No.",
    "Job Task No.",
    "Line Type",
    "Planning Date",
    "Type",
    "No.",
    "Description",
    "Quantity",
    "Total Cost (LCY)",
]
_LEDGER_DA = [
    "Bogføringsdato",
    "Posttype",
    "Bilagsnr.",
    "Sagsnr.",
    "Sagsopgavenr.",
    "Type",
    "Nr.",
    "Beskrivelse",
    "Antal",
    "Enhedskostpris (RV)",
    "Kostbeløb (RV)",
    "Salgsbeløb (RV)",
]
_PLAN_DA = [
    "Sagsnr.",
    "Sagsopgavenr.",
    "Linjetype",
    "Planlægningsdato",
    "Type",
    "Nr.",
    "Beskrivelse",
    "Antal",
    "Kostbeløb (RV)",
]
#: (day, job task, description, quantity, unit cost)
_ENTRIES = [
    (date(2026, 3, 4), "1100", "Carpenter hours", 10, 50.0),
    (date(2026, 3, 9), "1200", "Plywood 18 mm", 5, 40.0),
    (date(2026, 3, 20), "1100", "Plywood 18 mm", 3, 40.0),
    (date(2026, 4, 2), "1100", "Carpenter hours", 8, 50.0),
    (date(2026, 4, 15), "1200", "Subcontractor electrical", 1, 900.0),
]
#: (planning date, job task, total cost)
_PLANNED = [
    (date(2026, 3, 5), "1100", 700.0),
    (date(2026, 3, 6), "1200", 300.0),
    (date(2026, 4, 5), "1100", 500.0),
    (date(2026, 4, 9), "1200", 800.0),
    (date(2026, 4, 19), "1200", 100.0),
]


def _job_exports(ledger_head: list[str], plan_head: list[str], entry: str) -> dict:
    ledger: list[list[object]] = [ledger_head]
    for n, (day, task, what, qty, unit) in enumerate(_ENTRIES, start=1):
        cells: list[object] = [day, entry, f"DOC{n}", "J-26014", task, "Item", "70010", what]
        ledger.append([*cells, qty, unit, qty * unit, round(qty * unit * 1.25, 2)])
    plan: list[list[object]] = [plan_head]
    for day, task, cost in _PLANNED:
        plan.append(
            ["J-26014", task, "Budget", day, "Resource", "CARP", "Carpenter hours", 5, cost]
        )
    return {"Ledger": ledger, "Planning": plan}


@pytest.mark.parametrize(
    ("ledger_head", "plan_head", "entry"),
    [(_LEDGER_EN, _PLAN_EN, "Usage"), (_LEDGER_DA, _PLAN_DA, "Forbrug")],
)
def test_a_job_ledger_and_its_planning_lines_are_budget_and_actual_by_job_task(
    tmp_path: Path, ledger_head: list[str], plan_head: list[str], entry: str
) -> None:
    """Business Central's job ledger entries (postings: each entry's ``Total Cost (LCY)``
    money spent, the actual, summed by month and job task) and job planning lines (each
    ``Budget`` by its line type, summed the same way), in English and Danish. The job task
    is the line, by its number, over the description (what each entry bought); the price
    billed (``Total Price (LCY)``) and the unit cost are no amount (before: both refused)."""
    adoption = adopt(books(tmp_path / "job.xlsx", _job_exports(ledger_head, plan_head, entry)))
    ledger, plan = adoption.report.tables
    got = targets(ledger)
    assert got[ledger_head[4]] == "cost_line" and got[ledger_head[10]] == "actual"
    assert got[ledger_head[7]] is None and got[ledger_head[11]] is None
    assert got[ledger_head[0]] == "month"
    planned = targets(plan)
    assert planned[plan_head[8]] == "budget" and planned[plan_head[2]] is None
    lines = finance_by_line(adoption)
    assert set(lines) == {(date(2026, m, 1), t) for m in (3, 4) for t in ("1100", "1200")}
    march = lines[(date(2026, 3, 1), "1100")]
    assert (march.budget, march.actual) == (700.0, 620.0)
    april = lines[(date(2026, 4, 1), "1200")]
    assert (april.budget, april.actual) == (900.0, 900.0)


def test_a_total_cost_with_no_posting_date_is_no_actual(tmp_path: Path) -> None:
    """Near miss: ``Total Cost`` beside a bare ``Date`` (an estimate's lines, a purchase
    list) is not read as money posted (an estimate's total cost is its budget); beside a
    ``Posting Date`` it is."""
    for head, actual in (("Date", None), ("Posting Date", 4000.0)):
        rows: list[list[object]] = [[head, "Cost line", "Quantity", "Total Cost"]]
        for m, line in ((3, "Design"), (3, "Build"), (4, "Design"), (4, "Build")):
            rows.append([date(2026, m, 10), line, 2, 1000.0 * m])
        adoption = adopt(books(tmp_path / f"{head}.xlsx", {"Costs": rows}))
        got = finance_by_line(adoption).get((date(2026, 4, 1), "Build"))
        assert (got.actual if got else None) == actual


def test_a_task_number_beside_a_description_is_not_a_job_task(tmp_path: Path) -> None:
    """Near miss: outside a job ledger's words, a column of numbers headed ``Task No.``
    beside a ``Description`` of words is that line's code (round 28): the description
    stays the line."""
    rows: list[list[object]] = [["Posting Date", "Task No.", "Description", "Amount"]]
    for n, (day, _task, what, qty, unit) in enumerate(_ENTRIES):
        rows.append([day, str(100 + n % 2), what, qty * unit])
    adoption = adopt(books(tmp_path / "tasks.xlsx", {"Costs": rows}))
    assert targets(only(adoption))["Description"] == "cost_line"


def test_a_line_type_of_one_measure_measures_every_row(tmp_path: Path) -> None:
    """A long export whose ``Line Type`` is ``Budget`` on every row: every amount is the
    budget (before: read as the actual, a column of one measure naming nothing). Near miss:
    the same column under a bare ``Type`` (of resource, item, account elsewhere) is left
    to the rules before (read as a type column), and the amounts stay the actual."""
    for header, measure in (("Line Type", "budget"), ("Type", "actual")):
        rows: list[list[object]] = [["Date", "Cost line", header, "Amount"]]
        for m, line in ((3, "Design"), (3, "Build"), (4, "Design"), (4, "Build")):
            rows.append([date(2026, m, 10), line, "Budget", 1000.0 * m])
        adoption = adopt(books(tmp_path / f"{measure}.xlsx", {"Costs": rows}))
        line = finance_by_line(adoption)[(date(2026, 4, 1), "Build")]
        assert getattr(line, measure) == 4000.0
