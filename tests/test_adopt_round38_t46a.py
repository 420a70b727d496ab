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

from addin.adopt.finance import title_measure
from addin.adopt.match import share_of_amount
from tests.adopt_sheets import (
    adopt,
    best_candidate,
    book,
    books,
    field,
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


def _fee_stages(heads: list[str]) -> list[list[object]]:
    rows: list[list[object]] = [["Rénovation de la maison éclusière"], [], heads]
    stages = [
        ("T1", "Esquisse", datetime(2025, 9, 26), datetime(2025, 9, 26), 0.1, 9_700, "Payé"),
        ("T2", "Avant-projet", datetime(2025, 11, 21), datetime(2025, 12, 3), 0.2, 19_400, "Payé"),
        ("T3", "Permis d'urbanisme", datetime(2025, 12, 17), None, 0.3, 29_100, "À venir"),
        ("T4", "Direction des travaux", datetime(2026, 2, 14), None, 0.4, 38_800, "À venir"),
    ]
    rows += [list(s) for s in stages]
    rows.append([None, "Total", None, None, 1.0, 97_000, None])
    return rows


def test_fee_schedule_of_stages_dated_twice_is_a_milestone_plan(tmp_path: Path) -> None:
    """An architect's fee schedule on a sheet named by its fees (``Honoraires``): each stage
    (``Étape``) dated when planned (``Date prévue``) and when reached (``Date atteinte``) is
    a milestone; its share of the fee and its amount have no milestone field. Before, the
    fees named it a finance tracker whose months were the stages' days and whose line was
    the payment's state (``Payé``)."""
    heads = ["Tranche", "Étape", "Date prévue", "Date atteinte", "% honoraires"]
    heads += ["Montant HTVA", "Statut"]
    adoption = adopt(book(tmp_path / "honoraires.xlsx", "Honoraires", _fee_stages(heads)))
    table = only(adoption)
    assert table.register == "milestones"
    assert "stages dated when planned and when reached" in table.reason
    assert targets(table)["Étape"] == "milestone"
    assert targets(table)["Date prévue"] == "baseline_date"
    assert targets(table)["Date atteinte"] == "actual_date"
    assert field(adoption, "milestones", "milestone") == [
        "Esquisse",
        "Avant-projet",
        "Permis d'urbanisme",
        "Direction des travaux",
    ]
    assert field(adoption, "milestones", "actual_date")[:3] == [
        date(2025, 9, 26),
        date(2025, 12, 3),
        None,
    ]
    assert adoption.project.finance == []


def test_english_fee_schedule_of_stages_is_a_milestone_plan(tmp_path: Path) -> None:
    heads = ["Ref", "Stage", "Planned date", "Date reached", "% of fee", "Amount (EUR)"]
    rows = [r[:6] for r in _fee_stages(heads)]
    adoption = adopt(book(tmp_path / "fees.xlsx", "Fee schedule", rows))
    table = only(adoption)
    assert table.register == "milestones"
    assert targets(table)["Stage"] == "milestone"
    assert targets(table)["Date reached"] == "actual_date"
    assert field(adoption, "milestones", "baseline_date")[3] == date(2026, 2, 14)


def test_invoice_log_dated_by_its_invoices_stays_finance(tmp_path: Path) -> None:
    """Near-miss: a fee invoice log whose month is its own (``Month``), with an invoice's
    and a payment's date beside it, is spend by month still."""
    rows: list[list[object]] = [
        ["Consultant fees"],
        [],
        ["Month", "Stage", "Invoice date", "Paid date", "Fees invoiced (EUR)"],
        ["March 2026", "Design", datetime(2026, 4, 2), datetime(2026, 4, 30), 12_000],
        ["March 2026", "Survey", datetime(2026, 4, 2), None, 4_000],
        ["April 2026", "Design", datetime(2026, 5, 4), None, 9_000],
    ]
    adoption = adopt(book(tmp_path / "fees.xlsx", "Fees", rows))
    assert only(adoption).register == "finance"
    assert finance_by_line(adoption)[date(2026, 4, 1), "Design"].actual == 9_000


def test_a_share_heads_no_amount() -> None:
    """``% honoraires``, ``% of fee``: a row's share of the whole, never an amount (before,
    ``% honoraires`` was the actual by its word for fees); a rate written in a header names
    the tax, not a share."""
    assert share_of_amount("% honoraires")
    assert share_of_amount("Percentage of fee")
    assert not share_of_amount("Gross incl. 20 % VAT")
    assert not share_of_amount("USt 20%")
    assert best_candidate("% honoraires", "finance") is None
    assert best_candidate("% of fee", "finance") is None
    assert best_candidate("Fees", "finance") is not None


def test_expected_cash_flow_is_a_forecast(tmp_path: Path) -> None:
    """A supplier's expected cash flow (Czech ``Předpokládaný cash-flow dodavatele``, an
    English ``Expected cash flow``) is a forecast of the money to come; before, the Czech
    title's word was not taken (the words around it are no vocabulary's) and the amounts
    were read as Budget."""
    title = "Předpokládaný cash-flow dodavatele v Kč bez DPH - Výtahy Hradec s.r.o."
    assert title_measure(title, [title]) == "forecast"
    assert title_measure("Expected cash flow", ["Expected cash flow"]) == "forecast"
    assert title_measure("Office real estate costs", ["Office real estate costs"]) is None
    rows: list[list[object]] = [
        ["Palác Merkur - obnova páternosteru"],
        [title],
        [],
        ["Položka", "04/2026", "05/2026", "06/2026", "Celkem"],
        ["Nový pohon", 540_000, 550_000, None, 1_090_000],
        ["Revize a zkoušky", None, 160_000, 580_000, 740_000],
        ["Celkem", 540_000, 710_000, 580_000, 1_830_000],
    ]
    adoption = adopt(book(tmp_path / "cashflow.xlsx", "Cash-flow", rows))
    lines = finance_by_line(adoption)
    assert lines[date(2026, 5, 1), "Nový pohon"].forecast == 550_000
    assert lines[date(2026, 5, 1), "Nový pohon"].budget is None
    assert lines[date(2026, 6, 1), "Revize a zkoušky"].forecast == 580_000


def _inputs(third: list[str]) -> list[list[object]]:
    head = ["Sl. No.", "Input Required from Client", "Client Responsibility", "Required By"]
    rows: list[list[object]] = [["Inputs required from Client"], [], [*head, "Status"]]
    texts = [
        "Approved gallery floor plan with column positions",
        "Dedicated 32 A power points under the layout benches",
        "Loan of original locomotive drawings from the archive",
    ]
    for n, (text, who) in enumerate(zip(texts, third, strict=True)):
        rows.append([n + 1, text, who, f"{19 + n}.01.2026", "Pending"])
    return rows


def test_client_responsibility_over_people_is_no_title(tmp_path: Path) -> None:
    """An integrator's client inputs: ``Client Responsibility`` over who on the client's
    side bears each input (``Curator``, ``Estate Office``) is a person's column; the inputs
    beside it are the items' titles. Before, round 37's reading of ``Client
    responsibility`` as the item's text took the names as the titles."""
    people = ["Mr. R. Subramanian", "Curator", "Estate Office"]
    adoption = adopt(book(tmp_path / "inputs.xlsx", "Client Inputs", _inputs(people)))
    table = only(adoption)
    assert table.register == "dependencies"
    assert targets(table)["Input Required from Client"] == "title"
    assert targets(table)["Client Responsibility"] != "title"
    assert field(adoption, "dependencies", "title")[1] == (
        "Dedicated 32 A power points under the layout benches"
    )
    assert field(adoption, "dependencies", "need_by")[0] == date(2026, 1, 19)


def test_client_responsibility_over_duties_stays_the_title(tmp_path: Path) -> None:
    """Round 37's shape: ``Item | Client responsibility | Responsible | Required by``, the
    duties written under the responsibility: its texts are the titles still."""
    rows: list[list[object]] = [
        ["Client responsibilities"],
        [],
        ["Item", "Client responsibility", "Responsible", "Required by"],
        ["1", "Provide site access for the survey team and the drill rig", "Estates", "02/03/2026"],
        [
            "2",
            "Approve the archive loan agreement before digitising starts",
            "Curator",
            "16/03/2026",
        ],
        ["3", "Clear the gallery of visitors during the night shifts", "Ops", "30/03/2026"],
    ]
    adoption = adopt(books(tmp_path / "duties.xlsx", {"Client responsibilities": rows}))
    table = only(adoption)
    assert targets(table)["Client responsibility"] == "title"
    assert field(adoption, "dependencies", "title")[0] == (
        "Provide site access for the survey team and the drill rig"
    )


def test_monthly_report_scheduled_date_and_general_rag_line(tmp_path: Path) -> None:
    """A Mexican contractor's monthly report: its milestones' ``Fecha programada`` (the
    date scheduled) is the baseline beside ``Fecha real``; its ``Rubro | Semáforo`` panel's
    last line ``General`` is the overall RAG (before, only ``Tiempo``, ``Costo`` and
    ``Alcance`` were read)."""
    rows: list[list[object]] = [
        ["Reserva Costera - Andador de pozas de marea"],
        ["Informe mensual de avance"],
        [],
        ["Proyecto:", "Andador elevado de pozas de marea"],
        ["Fecha del informe:", datetime(2026, 4, 16)],
        [],
        ["Rubro", "Semáforo", "Comentarios"],
        ["Tiempo", "Verde", None],
        ["Costo", "Rojo", "Ver hitos"],
        ["Alcance", "Verde", None],
        ["General", "Amarillo", None],
        [],
        ["Hitos"],
        ["Hito", "Fecha programada", "Fecha real", "Estatus"],
        ["Estudio de mareas", datetime(2026, 1, 28), datetime(2026, 1, 30), "Concluido"],
        ["Pilotes de madera", datetime(2026, 2, 8), None, "En proceso"],
        ["Entrega a la reserva", datetime(2026, 7, 4), None, "Pendiente"],
    ]
    adoption = adopt(book(tmp_path / "informe.xlsx", "Informe mensual", rows))
    header = adoption.project.header
    assert header.overall_rag == "Amber"
    assert header.cost_rag == "Red"
    assert header.schedule_rag == "Green"
    assert field(adoption, "milestones", "baseline_date") == [
        date(2026, 1, 28),
        date(2026, 2, 8),
        date(2026, 7, 4),
    ]
    assert field(adoption, "milestones", "actual_date")[0] == date(2026, 1, 30)
    assert best_candidate("Scheduled date", "milestones") == ("baseline_date", 1.0)


def test_general_line_without_a_rag_header_is_no_rag(tmp_path: Path) -> None:
    """Near-miss: a ``General`` line under a header naming no RAG (``Area | Notes``) is
    nobody's overall colour."""
    rows: list[list[object]] = [
        ["Weekly report"],
        ["Project:", "Boardwalk"],
        [],
        ["Area", "Notes"],
        ["Time", "Green"],
        ["General", "Amber"],
    ]
    adoption = adopt(book(tmp_path / "weekly.xlsx", "Report", rows))
    assert adoption.project.header.overall_rag is None
