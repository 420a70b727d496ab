"""Round 27 of issue 15: bilingual and mixed-language workbooks.

- a header written twice, one row per language (``addin/adopt/translated_header.py``), is
  one header of bilingual cells, not a header and an item; a first item of words, a split
  phrase (``Risk`` over ``ID``) and a repeated header are not a translation;
- a title-block label in two languages (``Chef de projet / Project Manager:``) is the field
  its halves agree on (``project._field_for_halves``); two fields in one label are none;
- the near-misses of one language: ``Cost / Benefit`` and ``Owner / Delegate`` (two concepts
  in one language), ``Start (planned)``, a legend value ``Open / Closed``.

The workbooks are written for these tests (Ontario, Brussels, Vaud, Ticino), no batch layout.
"""

from __future__ import annotations

from pathlib import Path

from adopt_sheets import adopt as _adopt
from adopt_sheets import book as _book
from adopt_sheets import field as _field
from adopt_sheets import only as _only

from addin.adopt.detect import is_label
from addin.adopt.match import CERTAIN
from addin.adopt.project import _field_for
from addin.adopt.translated_header import translated

ISSUES = ["Ramp contract unsigned", "Kiosk firmware late", "Bilingual signage missing"]
PEOPLE = ["Chloé Martin", "Pieter Claes", "Amira Haddad"]


def _issue_rows(header: list[list[object]]) -> list[list[object]]:
    rows: list[list[object]] = [["Issue log - Station upgrade"], [], *header]
    for i in range(3):
        rows.append([i + 1, ISSUES[i], PEOPLE[i], ["Hoog", "Laag", "Gemiddeld"][i], "Open"])
    return rows


def test_a_header_written_again_in_another_language_is_no_item(tmp_path: Path) -> None:
    header: list[list[object]] = [
        ["N°", "Problème", "Responsable", "Priorité", "Statut"],
        ["Nr.", "Probleem", "Verantwoordelijke", "Prioriteit", "Status"],
    ]
    adoption = _adopt(_book(tmp_path / "b.xlsx", "Problèmes", _issue_rows(header)))
    table = _only(adoption)
    assert table.register == "issues"
    assert _field(adoption, "issues", "title") == ISSUES
    assert _field(adoption, "issues", "owner") == PEOPLE
    assert _field(adoption, "issues", "priority") == ["High", "Low", "Medium"]


def test_english_over_the_local_language_under_a_group_label(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Risk register"],
        [],
        ["Risiko / Risk"],
        ["Risk", "Owner", "Likelihood", "Impact", "Status"],
        ["Risiko", "Eienaar", "Waarskynlikheid", "Impak", "Status"],
    ]
    for i in range(3):
        rows.append([ISSUES[i], PEOPLE[i], "Hoog", "Laag", ["Oop", "Gesluit", "Oop"][i]])
    adoption = _adopt(_book(tmp_path / "za.xlsx", "Risks", rows, merged=("A3:E3",)))
    assert _field(adoption, "risks", "title") == ISSUES
    assert _field(adoption, "risks", "status") == ["Open", "Closed", "Open"]
    assert _field(adoption, "risks", "probability") == [5.0, 5.0, 5.0]


def test_a_first_item_of_words_is_still_an_item(tmp_path: Path) -> None:
    """Near-miss: the row under the header is all words, but its cells read as no column
    the header's cells read (an item, not a translation)."""
    header: list[list[object]] = [["No.", "Issue", "Owner", "Priority", "Status"]]
    rows = _issue_rows(header)
    rows[3] = ["One", "Ramp contract unsigned", "Chloé Martin", "High", "Open"]
    adoption = _adopt(_book(tmp_path / "w.xlsx", "Issues", rows))
    assert _field(adoption, "issues", "title") == ISSUES
    assert _field(adoption, "issues", "owner") == PEOPLE


def test_what_is_not_a_translation() -> None:
    english = ["Risk", "Owner", "Status", "Due Date"]
    # a split phrase: `ID` under `Risk` is another column than `Risk`
    assert not translated(["Risk", "Risk", "Owner", "Status"], ["ID", "", "", ""], is_label)
    # a repeated header
    assert not translated(english, english, is_label)
    # an item of words
    assert not translated(english, ["Late permit", "Ana Silva", "Open", "May"], is_label)
    # French under English, a column at a time
    french = ["Risque", "Responsable", "Statut", "Date d'échéance"]
    assert translated(english, french, is_label)
    # two columns in one cell row: `Owner` over `Date` disagree, so none is taken
    assert not translated(english, ["Risque", "Date", "Statut", "Date d'échéance"], is_label)


def test_a_title_block_label_in_two_languages() -> None:
    assert _field_for("Chef de projet / Project Manager:") == "project_manager"
    assert _field_for("Projektleiter\nChef de projet") == "project_manager"
    # near-misses: two fields in one label, or a field beside a document-control label
    assert _field_for("Sponsor / Project Manager:") is None
    assert _field_for("Project Manager / Date:") is None


def test_a_bilingual_title_block_over_a_register(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Registre des problèmes / Issue Log"],
        ["Projet / Project:", "Guichet unique"],
        ["Chef de projet / Project Manager:", "Sophie Gagnon"],
        [],
        ["ID", "Issue", "Assigned to", "Priority", "Status"],
    ]
    for i in range(3):
        rows.append([i + 1, ISSUES[i], PEOPLE[i], "Élevée", ["Ouvert", "En cours", "Fermé"][i]])
    adoption = _adopt(_book(tmp_path / "qc.xlsx", "Issues", rows))
    assert adoption.project.header.project_manager == "Sophie Gagnon"
    assert adoption.project.header.project_name == "Guichet unique"
    assert _field(adoption, "issues", "status") == ["Open", "In Progress", "Closed"]


def test_one_language_near_misses_are_not_read_as_two(tmp_path: Path) -> None:
    """`Cost / Benefit` and `Owner / Delegate` are two concepts in one language and
    `Start (planned)` one phrase: none is a bilingual header; a legend's `Open / Closed`
    is no status."""
    rows: list[list[object]] = [
        ["Risk / Risque", "Owner / Delegate", "Cost / Benefit", "Start (planned)", "Status"],
    ]
    for i in range(3):
        rows.append([ISSUES[i], PEOPLE[i], "High cost", "2026-03-14", "Open / Closed"])
    adoption = _adopt(_book(tmp_path / "n.xlsx", "Risks", rows))
    columns = {c.header: c for c in _only(adoption).columns}
    # read as one phrase by its words (`matched 'Owner'`, below a whole header's 1.0), not
    # as the exact word of one language's half
    owner = columns["Owner / Delegate"]
    assert owner.target == "owner"
    assert CERTAIN <= owner.confidence < 1.0
    assert columns["Cost / Benefit"].target is None
    assert columns["Start (planned)"].target is None
    assert _field(adoption, "risks", "status") == [None, None, None]
    # the bilingual `Risk / Risque` beside them is still read
    assert columns["Risk / Risque"].target == "title"
