"""Round 10 of issue 15, mechanism 2: a column known by its values. A column whose header
maps to nothing, whose values are words of one standard list in any language of
``languages.toml``, goes to the one field of the register that takes that list and that no
other column fills; never when two fields could take it. Every shape here was written for
these tests; none is a benchmark layout.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from adopt_sheets import adopt as _adopt
from adopt_sheets import book as _book
from adopt_sheets import column as _column
from adopt_sheets import only as _only

from addin.adopt import adopt_file, adopt_host, open_source
from addin.adopt.mapping_file import load_mapping
from addin.standards import default_standards

RISKS: list[list[object]] = [
    ["Risk ID", "Risk", "Owner", "Probability", "Impact", "Zustand der Sache"],
    ["R1", "Supplier late", "Anna Nowak", "High", "Low", "Offen"],
    ["R2", "Data loss", "Jan Kowalski", "Low", "High", "Geschlossen"],
    ["R3", "Key person leaves", "Anna Nowak", "Medium", "Medium", "Offen"],
    ["R4", "Budget cut", "Jan Kowalski", "Low", "Medium", "Geschlossen"],
]


def test_statuses_of_another_language_under_a_header_that_says_nothing(tmp_path: Path) -> None:
    # the status column by its values (round 5) now reads the words of round 10's languages
    rows = [[*RISKS[0][:5], "Flag"]] + [
        [*r[:5], s]
        for r, s in zip(RISKS[1:], ["Otwarte", "Zamknięte", "Otwarte", "Zamknięte"], strict=True)
    ]
    adoption = _adopt(_book(tmp_path / "r.xlsx", "Risks", rows))
    column = _column(_only(adoption), "Flag")
    assert (column.target, column.method, column.confidence) == ("status", "content", 0.7)
    assert [r.status for r in adoption.project.risks] == ["Open", "Closed", "Open", "Closed"]


def test_a_confidence_column_known_by_its_words_goes_to_next_month(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["ID", "Assumption", "Owner", "Status", "Col C"],
        ["A1", "Vendor keeps price", "Anna Nowak", "Open", "Wysoka"],
        ["A2", "Team of five", "Jan Kowalski", "Validated", "Średnia"],
        ["A3", "No freeze in May", "Anna Nowak", "Open", "Niska"],
    ]
    standards = default_standards()
    first = _book(tmp_path / "jan.xlsx", "Assumptions", rows)
    adopt_file(first, tmp_path / "jan.adopted.xlsx", standards)
    first_table = _only(_adopt(first))
    column = _column(first_table, "Col C")
    assert (column.target, column.method, column.confidence) == ("confidence", "content", 0.7)
    assert column.note == (
        "mapped by content: values are words of the Confidence list, confidence 0.70"
    )
    mapping = load_mapping(tmp_path / "jan.adopted.mapping.json")
    (entry,) = mapping.tables
    assert entry.column_readings["Col C"] == column.note
    # next month: the column moved to the front, one assumption more
    moved = [[r[4], *r[:4]] for r in rows] + [
        ["Wysoka", "A4", "Budget holds", "Anna Nowak", "Open"]
    ]
    again = adopt_host(
        open_source(_book(tmp_path / "feb.xlsx", "Assumptions", moved)), standards, mapping=mapping
    )
    assert _column(_only(again), "Col C").target == "confidence"
    confidences = [a.confidence for a in again.project.assumptions]
    assert confidences == [a.confidence for a in _adopt(first).project.assumptions] + [
        confidences[0]
    ]


def test_an_issue_level_column_is_left_out_severity_and_priority_both_take_it(
    tmp_path: Path,
) -> None:
    rows: list[list[object]] = [
        ["ID", "Issue", "Owner", "Status", "Col E"],
        ["I1", "Server down", "Anna Nowak", "Open", "High"],
        ["I2", "Licence expired", "Jan Kowalski", "Closed", "Low"],
        ["I3", "Key user away", "Anna Nowak", "Open", "Medium"],
    ]
    table = _only(_adopt(_book(tmp_path / "i.xlsx", "Issues", rows)))
    assert _column(table, "Col E").target is None


def test_a_level_column_when_probability_and_impact_are_both_free_is_left_out(
    tmp_path: Path,
) -> None:
    rows: list[list[object]] = [
        ["Risk ID", "Risk", "Owner", "Col A", "Col B", "Status"],
        ["R1", "Supplier late", "Anna Nowak", "High", "Low", "Open"],
        ["R2", "Data loss", "Jan Kowalski", "Low", "High", "Closed"],
        ["R3", "Key person leaves", "Anna Nowak", "Medium", "Medium", "Open"],
    ]
    adoption = _adopt(_book(tmp_path / "r.xlsx", "Risks", rows))
    table = _only(adoption)
    # High / Medium / Low could be Probability or Impact: neither column is guessed
    assert _column(table, "Col A").target is None
    assert _column(table, "Col B").target is None
    assert [r.probability for r in adoption.project.risks] == [None, None, None]


def test_a_level_column_is_left_out_when_impact_and_residual_impact_are_free(
    tmp_path: Path,
) -> None:
    rows: list[list[object]] = [
        ["Risk ID", "Risk", "Owner", "Probability", "Col B", "Status"],
        ["R1", "Supplier late", "Anna Nowak", "High", "Niedrig", "Open"],
        ["R2", "Data loss", "Jan Kowalski", "Low", "Hoch", "Closed"],
        ["R3", "Key person leaves", "Anna Nowak", "Medium", "Mittel", "Open"],
    ]
    adoption = _adopt(_book(tmp_path / "r.xlsx", "Risks", rows))
    # Impact and Residual Impact both take the words: neither is guessed
    assert _column(_only(adoption), "Col B").target is None


def test_rag_words_and_names_are_no_list_of_a_risk_register(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Risk ID", "Risk", "Owner", "Probability", "Impact", "Colour", "Team"],
        ["R1", "Supplier late", "Anna Nowak", "High", "Low", "Red", "Business"],
        ["R2", "Data loss", "Jan Kowalski", "Low", "High", "Green", "Tech"],
        ["R3", "Key person leaves", "Anna Nowak", "Medium", "Medium", "Amber", "Tech"],
    ]
    table = _only(_adopt(_book(tmp_path / "r.xlsx", "Risks", rows)))
    assert _column(table, "Colour").target is None  # a risk register has no RAG column
    assert _column(table, "Team").target is None


def test_yes_no_words_map_a_milestones_gate_but_names_do_not(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        # a header that names nothing: a named Yes / No flag ("Board", "Critical Path") is
        # not taken as the Gate (red team of round 10, tests/test_redteam_adopt_round10.py)
        ["Milestone", "Owner", "Due Date", "Status", "Col E", "Stream"],
        ["Design signed off", "Anna Nowak", date(2026, 3, 1), "Complete", "Tak", "Tech"],
        ["Build complete", "Jan Kowalski", date(2026, 4, 1), "In Progress", "Nie", "Business"],
        ["Go-live", "Anna Nowak", date(2026, 5, 1), "Not Started", "Tak", "Tech"],
    ]
    adoption = _adopt(_book(tmp_path / "m.xlsx", "Milestones", rows))
    table = _only(adoption)
    assert (_column(table, "Col E").target, _column(table, "Col E").method) == ("gate", "content")
    assert _column(table, "Stream").target is None
    assert [m.gate for m in adoption.project.milestones] == ["Y", "N", "Y"]
