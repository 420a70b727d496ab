"""Round 40 (task t50b): tuning on the hundred-and-thirteenth batch (supplier and
consultancy reports). Each rule on a small workbook of its own shape: a header naming two
things joined by a conjunction, a Spanish log of agreements, and the other rules of the
round's section in docs/adopt.md."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.adopt_sheets import adopt, best_candidate, book, column, field, only


def test_a_header_joining_two_things_with_and_reads_each_weakly() -> None:
    """``Topic and decision`` reads as its second part as ``Topic / decision`` does: a
    weak reading (below a whole synonym), none where neither part is a field's word."""
    assert best_candidate("Topic and decision", "decisions") == ("decision", 0.873)
    assert best_candidate("Topic / decision", "decisions") == ("decision", 0.873)
    assert best_candidate("Topic and venue", "decisions") is None
    # a whole synonym still outranks a part
    assert best_candidate("Decision", "decisions") == ("decision", 1.0)


def test_a_spanish_log_of_agreements_is_the_decision_log(tmp_path: Path) -> None:
    """``Bitácora de acuerdos``: each ``Acuerdo`` (AC-01 ..) numbers an item agreed, its
    text is ``Tema tratado y acuerdo``, ``Aprueba`` who approved it, ``Fecha acuerdo`` its
    date."""
    rows: list[list[object]] = [
        ["Bitácora de acuerdos - Remodelación oficinas"],
        [],
        ["Acuerdo", "Tema tratado y acuerdo", "Aprueba", "Fecha acuerdo", "Justificación"],
        ["AC-01", "Se cambia el piso a porcelanato", "Comité", "24-02-2026", "Menor costo"],
        ["AC-02", "Se posterga la fachada", "Ana Soto", "27-03-2026", "Permiso pendiente"],
        ["AC-03", "Iluminación LED en todo el piso", "Ana Soto", "30-05-2026", "Ahorro"],
    ]
    adoption = adopt(book(tmp_path / "acuerdos.xlsx", "Acuerdos", rows))
    table = only(adoption)
    assert table.register == "decisions"
    assert column(table, "Acuerdo").target == "id"
    assert column(table, "Tema tratado y acuerdo").target == "decision"
    assert column(table, "Aprueba").target == "made_by"
    assert field(adoption, "decisions", "id") == ["DC-001", "DC-002", "DC-003"]
    assert field(adoption, "decisions", "decision")[1] == "Se posterga la fachada"
    assert field(adoption, "decisions", "made_by") == ["Comité", "Ana Soto", "Ana Soto"]
    assert field(adoption, "decisions", "date")[0] == date(2026, 2, 24)
