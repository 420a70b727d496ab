"""Round 42 (task ph42a): the phrasings a PMO of each European language writes for the
standard's fields and values. Each language's register is built here as its PM would
write it, with the fuller phrases, verb forms, abbreviations and statuses written as
phrases that did not read before (``Date prévue initialement``, ``Zu erledigen bis``,
``Résolu le``, ``Wird beobachtet``), adopted, and its fields and values asserted; a phrase
that means two things (``Fecha prevista``: planned or expected) keeps its first reading."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pytest

from addin.adopt.languages import translate
from tests.adopt_sheets import adopt, book, field, only, targets

_D1, _D2, _D3 = datetime(2026, 3, 2), datetime(2026, 4, 15), datetime(2026, 5, 29)


@dataclass(frozen=True)
class Register:
    """A register of one language: its sheet, headers, two rows, the register it must be
    read as, the field each header must map to, and the values of some fields."""

    language: str
    sheet: str
    register: str
    header: list[str]
    rows: list[list[object]]
    mapped: dict[str, str]
    values: dict[str, list[object]]


REGISTERS = [
    Register(
        "fr",
        "Problèmes",
        "issues",
        ["N°", "Objet", "Qui s'en charge", "Remonté le", "À résoudre avant le", "Résolu le", "Statut"],
        [
            [1, "Retard de livraison des serveurs", "Claire Martin", _D1, _D2, None, "En cours de traitement"],
            [2, "Licences manquantes", "Paul Durand", _D1, _D2, _D3, "Corrigé"],
        ],
        {
            "Qui s'en charge": "owner",
            "Remonté le": "raised_date",
            "À résoudre avant le": "due_date",
            "Résolu le": "closed_date",
        },
        {"status": ["In Progress", "Resolved"], "closed_date": [None, date(2026, 5, 29)]},
    ),
]


@pytest.mark.parametrize("case", REGISTERS, ids=lambda c: f"{c.language}-{c.register}")
def test_a_register_written_in_the_phrasings_of_its_language_reads(
    tmp_path: Path, case: Register
) -> None:
    """The register is found, each header written in its PM's phrasing maps to its field,
    and the values written as phrases convert to the standard's list."""
    adoption = adopt(book(tmp_path / f"{case.language}.xlsx", case.sheet, [case.header, *case.rows]))
    table = only(adoption)
    assert table.register == case.register
    mapped = targets(table)
    for header, target in case.mapped.items():
        assert mapped[header] == target, header
    for name, values in case.values.items():
        assert field(adoption, case.register, name) == values, name
