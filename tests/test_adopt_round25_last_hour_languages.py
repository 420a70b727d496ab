"""Round 25 (its last hour): Mauritian Creole, Samoan and Guarani: the tests particular to the
round. Its sample registers, trackers and words are
``tests/language_samples/round25_creole_samoan_guarani.py``, read through the one protocol
of ``tests/test_adopt_language_samples.py``.
"""

from __future__ import annotations

from pathlib import Path

from addin.adopt.languages import translate
from tests.adopt_sheets import (
    adopt,
    book,
    field,
    only,
)


def test_guarani_words_of_a_header() -> None:
    assert translate("Ára") is None  # a day, but Malagasy ara (ara-potoana): left out
    assert translate("Seguimiento", "values") is None  # Spanish follow-up: left out
    assert translate("Jasy") == "month"
    assert translate("Tembiapo réra") == "project name"
    assert translate("Apañuãikuéra") == "issues"  # -kuéra, the plural


def test_english_headers_near_the_new_words_read_as_before() -> None:
    # Kreol non (a name) is read only in its phrase non proze: English Non- is no name
    assert translate("Non-billable") is None
    assert translate("Non proze") == "project name"
    assert translate("Ver 2") is None


def test_a_dependency_direction_written_entrada_salida(tmp_path: Path) -> None:
    # Spanish salida (outbound) is read as the pair of entrada (inbound), in a cell only
    assert translate("Salida", "values") == "outbound"
    assert translate("Salida") is None  # a header Salida (an exit, a departure) is no field
    rows: list[list[object]] = [
        ["Dependencia", "Responsable", "Sentido", "Fecha límite"],
        ["Permiso municipal", "Lorena Ayala", "Entrada", "15/03/2026"],
        ["Envío de envases", "Derlis Fretes", "Salida", "22/04/2026"],
        ["Conexión eléctrica", "Lorena Ayala", "Entrada", "05/05/2026"],
    ]
    adoption = adopt(book(tmp_path / "es_dep.xlsx", "Dependencias", rows))
    assert only(adoption).register == "dependencies"
    assert field(adoption, "dependencies", "direction") == ["Inbound", "Outbound", "Inbound"]
