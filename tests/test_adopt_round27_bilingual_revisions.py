"""Round 27 (the lead, from the demo's engineer's finding): a revised column whose header is
written again in another language in the row under it (``Owner (new)`` over ``Responsable
(nouveau)``, folded by ``translated_header`` into one cell of two lines) is still the
revision of the plain column beside it (``Owner`` over ``Responsable``): the owner is the
new one where filled, the first elsewhere. Near-miss: a two-line header whose second line
is no revision and no translation reads as before."""

from __future__ import annotations

from pathlib import Path

from tests.adopt_sheets import adopt, book, field, only


def test_a_revised_owner_written_in_two_languages_is_the_owner_where_filled(
    tmp_path: Path,
) -> None:
    rows: list[list[object]] = [
        ["Risk ID", "Risk", "Owner", "Owner (new)", "Status"],
        ["ID du risque", "Risque", "Responsable", "Responsable (nouveau)", "État"],
        ["R-001", "Archive boxes mislabelled", "Anne Roy", "Paul Gagnon", "Open"],
        ["R-002", "Vendor scanning backlog", "Marc Tremblay", None, "Open"],
        ["R-003", "Retention schedule not approved", "Paul Gagnon", "Anne Roy", "Open"],
    ]
    adoption = adopt(book(tmp_path / "risques.xlsx", "Risks - Risques", rows))
    assert field(adoption, "risks", "owner") == ["Paul Gagnon", "Marc Tremblay", "Anne Roy"]
    assert field(adoption, "risks", "id") == ["R-001", "R-002", "R-003"]
    assert any("owner first assigned" in n for n in only(adoption).notes)


def test_near_miss_a_single_owner_written_in_two_languages_reads_as_ever(
    tmp_path: Path,
) -> None:
    rows: list[list[object]] = [
        ["Risk ID", "Risk", "Owner", "Status"],
        ["ID du risque", "Risque", "Responsable", "État"],
        ["R-001", "Archive boxes mislabelled", "Anne Roy", "Open"],
        ["R-002", "Vendor scanning backlog", None, "Open"],
        ["R-003", "Retention schedule not approved", "Paul Gagnon", "Open"],
    ]
    adoption = adopt(book(tmp_path / "risques.xlsx", "Risks - Risques", rows))
    assert field(adoption, "risks", "owner") == ["Anne Roy", None, "Paul Gagnon"]
    assert not any("owner first assigned" in n for n in only(adoption).notes)
