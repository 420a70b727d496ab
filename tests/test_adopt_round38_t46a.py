"""Round 38 (task t46a): tuning on the hundredth batch (supplier and consultancy reports).
Each rule on a small workbook of its own shape: an Austrian architect's invoice list
(``Leistungszeitraum``, ``Leistungsphase``, ``Netto (EUR)``), a Belgian architect's fee
schedule of stages dated planned and reached (``Étape | Date prévue | Date atteinte``), a
Czech supplier's expected cash flow (``Předpokládaný cash-flow``), an integrator's client
inputs whose ``Client Responsibility`` names people, and a Mexican contractor's monthly
report (``Fecha programada``, a ``Rubro | Semáforo`` panel's ``General`` line)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from tests.adopt_sheets import (
    adopt,
    best_candidate,
    book,
    finance_by_line,
    only,
    targets,
)


def _invoices(amounts: list[float], heads: list[str]) -> list[list[object]]:
    rows: list[list[object]] = [["Schloss Hohenau - Erneuerung der Zinkdeckung"], [], heads]
    months = ["März 2026", "März 2026", "April 2026"]
    phases = ["Ausführungsplanung", "Örtliche Bauaufsicht", "Ausführungsplanung"]
    for n, (month, phase, net) in enumerate(zip(months, phases, amounts, strict=True)):
        sent = datetime(2026, 4 + n // 2, 8 + n)
        rows.append([f"2026-0{31 + n}", sent, month, phase, net, net * 0.2, net * 1.2, None])
    return rows


def test_architect_invoice_list_reads_service_period_and_work_stage(tmp_path: Path) -> None:
    """``Leistungszeitraum`` (the period the service was performed in) is the month, above
    the invoice's date; ``Leistungsphase`` (the HOAI's work stage billed) the cost line;
    ``Netto (EUR)`` beside ``USt 20 %`` the actual. Before, neither the month nor the line
    was read and the table was refused ("nothing says it is a finance register")."""
    heads = ["Rechnungs-Nr.", "Rechnungsdatum", "Leistungszeitraum", "Leistungsphase"]
    heads += ["Netto (EUR)", "USt 20 %", "Brutto (EUR)", "bezahlt am"]
    rows = _invoices([18_335.4, 9_500.0, 13_205.0], heads)
    adoption = adopt(book(tmp_path / "rechnungen.xlsx", "Rechnungen", rows))
    table = only(adoption)
    assert table.register == "finance"
    assert targets(table)["Leistungszeitraum"] == "month"
    assert targets(table)["Leistungsphase"] == "cost_line"
    assert targets(table)["Rechnungsdatum"] is None
    lines = finance_by_line(adoption)
    assert lines[date(2026, 3, 1), "Ausführungsplanung"].actual == 18_335.4
    assert lines[date(2026, 3, 1), "Örtliche Bauaufsicht"].actual == 9_500.0
    assert lines[date(2026, 4, 1), "Ausführungsplanung"].actual == 13_205.0
    assert adoption.project.header.currency == "EUR"


def test_work_stage_and_service_period_words() -> None:
    """The English words of the same columns (RIBA's ``Work stage``, a ``Fee stage``, the
    ``Service period``) read so too; a bare ``Stage`` is no finance line."""
    assert best_candidate("Work stage", "finance") == ("cost_line", 1.0)
    assert best_candidate("Fee stage", "finance") == ("cost_line", 1.0)
    assert best_candidate("Service period", "finance") == ("month", 1.0)
    assert best_candidate("Stage", "finance") is None
