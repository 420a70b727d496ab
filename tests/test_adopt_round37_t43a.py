"""Round 37 (task t43a): tuning on the ninety-second batch (supplier and consultancy
reports). Each rule on a small workbook of its own shape: a contractor's schedule of its
client's inputs, a supplier's invoice log by a bare ``Line`` and a ``Service month``
beside its ``Invoice date``, a Latin American risk register's ``Puntaje``."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from tests.adopt_sheets import (
    adopt,
    best_candidate,
    books,
    column,
    field,
    finance_by_line,
    only,
    registers,
    targets,
)

# ---------------------------------------------------------------------------------------
# A contractor's schedule of its client's inputs (dependencies)
# ---------------------------------------------------------------------------------------


def _inputs_rows(title: str, head: list[str]) -> list[list[object]]:
    return [
        ["Harbour warehouse refurbishment"],
        [title],
        [],
        head,
        [1, "Drawings of the existing roof", datetime(2026, 6, 29), "Eleni Pappa", "Open"],
        [2, "Access to the loading bay", datetime(2026, 7, 7), "Nikos Vlachos", "Open"],
        [3, "Fire officer at the witness test", datetime(2026, 7, 27), "Eleni Pappa", "Open"],
        [4, "Consent for the unloading quay", datetime(2026, 9, 30), "Nikos Vlachos", "Delivered"],
    ]


def test_client_inputs_schedule_is_a_dependency_register(tmp_path: Path) -> None:
    """``Client inputs required by the contractor`` over ``Client input | Needed by``: each
    input the client owes the contractor by a date, a dependency each, titled by the input."""
    head = ["No.", "Client input", "Needed by", "Client contact", "State"]
    rows = _inputs_rows("Client inputs required by the contractor (Aegean S.A.)", head)
    adoption = adopt(books(tmp_path / "inputs.xlsx", {"Client inputs": rows}))
    assert registers(adoption) == ["dependencies"]
    assert field(adoption, "dependencies", "title") == [
        "Drawings of the existing roof",
        "Access to the loading bay",
        "Fire officer at the witness test",
        "Consent for the unloading quay",
    ]
    assert field(adoption, "dependencies", "need_by") == [
        date(2026, 6, 29),
        date(2026, 7, 7),
        date(2026, 7, 27),
        date(2026, 9, 30),
    ]
    assert field(adoption, "dependencies", "status") == ["Open", "Open", "Open", "Delivered"]


def test_employers_inputs_title_names_the_register_on_a_plain_sheet(tmp_path: Path) -> None:
    """The possessive form (``Employer's inputs``) in the title names it too, on a sheet
    named by nothing (``Sheet1``), its inputs headed ``Input``."""
    head = ["Ref", "Input", "Needed by", "Status"]
    rows = _inputs_rows("Employer's inputs - schedule", head)
    rows = [r[:3] + r[4:] if len(r) == 5 else r for r in rows]
    adoption = adopt(books(tmp_path / "employer.xlsx", {"Sheet1": rows}))
    assert registers(adoption) == ["dependencies"]
    assert field(adoption, "dependencies", "title")[0] == "Drawings of the existing roof"
    assert field(adoption, "dependencies", "need_by")[3] == date(2026, 9, 30)


def test_client_inputs_without_a_need_date_is_not_adopted(tmp_path: Path) -> None:
    """The same title over a list with no date it is needed by (the client's comments on a
    design) tracks nothing by a date: no dependency register."""
    rows: list[list[object]] = [
        ["Client inputs - design review comments"],
        [],
        ["Client input", "Drawing", "Response"],
        ["Move the door to the east wall", "A-101", "Agreed"],
        ["Larger windows in the office", "A-102", "Under review"],
        ["Green roof instead of gravel", "A-201", "Rejected"],
    ]
    adoption = adopt(books(tmp_path / "comments.xlsx", {"Comments": rows}))
    assert "dependencies" not in registers(adoption)


def test_input_headers_read_as_what_is_handed_over() -> None:
    """``Client input`` and ``Input`` in a dependency log are the thing handed over (the
    deliverable, the title when no title column stands beside it)."""
    assert best_candidate("Client input", "dependencies") == ("deliverable", 1.0)
    assert best_candidate("Input", "dependencies") == ("deliverable", 1.0)


# ---------------------------------------------------------------------------------------
# A supplier's invoice log by a bare `Line`, its `Service month` beside its `Invoice date`
# ---------------------------------------------------------------------------------------


def _invoice_log(line_values: list[object]) -> list[list[object]]:
    rows: list[list[object]] = [
        ["Prairie Co. - Handling facility - supplier invoices (CAD)"],
        [],
        ["Invoice #", "Invoice date", "Service month", "Line", "Subtotal", "GST/HST", "Total"],
    ]
    months = ["January 2026", "January 2026", "February 2026", "February 2026", "March 2026"]
    sent = [
        datetime(2026, 2, 3),
        datetime(2026, 2, 6),
        datetime(2026, 3, 4),
        datetime(2026, 3, 9),
        datetime(2026, 4, 2),
    ]
    amounts = [16425.0, 29662.5, 18562.5, 30687.5, 22687.5]
    for n, (month, day, line, amount) in enumerate(
        zip(months, sent, line_values, amounts, strict=True)
    ):
        rows.append([f"INV-{4100 + n}", day, month, line, amount, amount * 0.05, amount * 1.05])
    return rows


def test_invoice_log_by_a_bare_line_is_the_spend_by_service_month(tmp_path: Path) -> None:
    """``Invoices`` titled ``supplier invoices (CAD)``: the bare ``Line`` billed month after
    month is the cost line, ``Service month`` the month (not the invoice's date, a month
    later), ``Subtotal`` before tax the actual."""
    lines = ["Water bowls", "Fencing crew", "Water bowls", "Fencing crew", "Water bowls"]
    adoption = adopt(books(tmp_path / "inv.xlsx", {"Invoices": _invoice_log(list(lines))}))
    assert registers(adoption) == ["finance"]
    got = finance_by_line(adoption)
    assert got[(date(2026, 1, 1), "Water bowls")].actual == 16425.0
    assert got[(date(2026, 1, 1), "Fencing crew")].actual == 29662.5
    assert got[(date(2026, 3, 1), "Water bowls")].actual == 22687.5
    assert targets(only(adoption))["Invoice date"] is None
    assert targets(only(adoption))["Service month"] == "month"
    assert adoption.project.header.currency == "CAD"


def test_invoice_log_line_numbers_are_no_cost_line(tmp_path: Path) -> None:
    """The same log whose ``Line`` holds the invoice's line numbers (1, 2, 1, 2, 1) names
    no line of the work: the bare ``Line`` is not read as the cost line."""
    adoption = adopt(books(tmp_path / "inv.xlsx", {"Invoices": _invoice_log([1, 2, 1, 2, 1])}))
    assert "cost_line" not in [t for t in _all_targets(adoption) if t]


def test_invoice_log_line_of_one_text_per_invoice_is_no_cost_line(tmp_path: Path) -> None:
    """A ``Line`` whose texts never recur (what each invoice bought) names no line billed
    month after month: not read as the cost line by this rule."""
    lines = ["Gate latch", "Fence wire", "Water trough", "Feed bin", "Loading chute"]
    adoption = adopt(books(tmp_path / "inv.xlsx", {"Invoices": _invoice_log(list(lines))}))
    assert "cost_line" not in [t for t in _all_targets(adoption) if t]


def _all_targets(adoption: object) -> list[str | None]:
    from addin.adopt import Adoption

    assert isinstance(adoption, Adoption)
    return [t for table in adoption.report.tables for t in targets(table).values()]


def test_a_weak_synonyms_partial_reading_is_below_a_plain_ones() -> None:
    """``Invoice date`` reads the month only through the weak ``date``; ``Service month``
    through ``month`` itself: of the same share of the header, the plain one is surer."""
    date_reading = best_candidate("Invoice date", "finance")
    month_reading = best_candidate("Service month", "finance")
    assert date_reading is not None and month_reading is not None
    assert date_reading[0] == month_reading[0] == "month"
    assert date_reading[1] < month_reading[1]


def test_an_invoice_date_alone_still_dates_the_spend(tmp_path: Path) -> None:
    """Without a month column the invoice's date still books each invoice in its month."""
    lines = ["Water bowls", "Fencing crew", "Water bowls", "Fencing crew", "Water bowls"]
    rows = _invoice_log(lines)
    rows = [r[:2] + r[3:] if len(r) == 7 else r for r in rows]
    adoption = adopt(books(tmp_path / "inv.xlsx", {"Invoices": rows}))
    assert registers(adoption) == ["finance"]
    got = finance_by_line(adoption)
    assert got[(date(2026, 2, 1), "Water bowls")].actual == 16425.0


# ---------------------------------------------------------------------------------------
# A Latin American risk register's `Puntaje` (score)
# ---------------------------------------------------------------------------------------


def test_puntaje_is_the_score_recomputed(tmp_path: Path) -> None:
    """``Puntaje`` (Latin American Spanish for a score) beside ``Prob.`` and ``Impacto``
    is the risk's score: recomputed by the standard workbook from the two, not imported
    (as ``Puntuación`` and ``Score`` are)."""
    rows: list[list[object]] = [
        ["Registro de riesgos"],
        [],
        ["Código", "Riesgo", "Prob. (1-5)", "Impacto (1-5)", "Puntaje", "Estado"],
        ["RSK-01", "Heladas retrasan la obra", 2, 3, 6, "Abierto"],
        ["RSK-02", "Proveedor no cumple plazo", 4, 4, 16, "Abierto"],
        ["RSK-03", "Corte de energía", 1, 5, 5, "Cerrado"],
    ]
    adoption = adopt(books(tmp_path / "riesgos.xlsx", {"Riesgos": rows}))
    assert registers(adoption) == ["risks"]
    note = column(only(adoption), "Puntaje").note
    assert "Score is computed in the standard workbook" in note
    assert field(adoption, "risks", "probability") == [2, 4, 1]
    assert best_candidate("Puntaje", "risks") == ("score", 1.0)
