"""Round 8 of issue 15, mechanism 1: tables found by their structure, not their vocabulary.

A block whose first row is short, distinct text over rows of consistent kinds is a table
even when no header word is known; blocks separated by blank columns or rows on one sheet,
at any offset, several per sheet, are each a table. The register is then decided by the
mapped columns and the content: a table that maps to nothing is listed "not adopted" with
its sheet, range and what its columns hold, never dropped and never adopted by a guess.
Every shape was written for these tests.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
from adopt_sheets import adopt as _adopt

from addin.adopt import Adoption
from addin.adopt.kinds import column_kind

Block = list[list[object]]


def _sheet(path: Path, blocks: list[tuple[Block, int, int]], name: str = "Sheet1") -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = name
    for rows, top, left in blocks:
        for r, row in enumerate(rows, start=top):
            for c, value in enumerate(row, start=left):
                if value is not None:
                    ws.cell(r, c, value)
    wb.save(path)
    return path


def _tables(adoption: Adoption) -> list[tuple[str, str | None]]:
    return [(t.ref, t.register) for t in adoption.report.tables]


UNKNOWN: Block = [  # not one header word adoption knows
    ["Xq", "Blorp", "Zazz", "Frob"],
    ["K-1", "alpha beta gamma", 12.5, date(2026, 1, 1)],
    ["K-2", "delta epsilon", 7.0, date(2026, 2, 1)],
    ["K-3", "zeta eta theta", 3.25, date(2026, 3, 1)],
]
RISQUES: Block = [
    ["Réf.", "Intitulé", "Probabilité", "Gravité", "Responsable", "Statut"],
    ["R1", "Retard du fournisseur", "Élevée", "Moyenne", "Jean Dupont", "Ouvert"],
    ["R2", "Perte de données", "Faible", "Élevée", "Marie Curie", "Fermé"],
]
ISSUES: Block = [
    ["Issue", "Owner", "Priority", "Due Date", "Status"],
    ["Server full", "Luc Petit", "High", date(2026, 3, 1), "Open"],
    ["Licences expired", "Ana Gomez", "Low", date(2026, 4, 1), "Resolved"],
    ["VPN slow", "Luc Petit", "Medium", date(2026, 5, 1), "Open"],
]


def test_blocks_beside_and_below_each_other_at_any_offset(tmp_path: Path) -> None:
    # one blank column between the unknown block and the French risks; the issue log
    # further down, starting in another column (the column between them is filled there)
    path = _sheet(tmp_path / "t.xlsx", [(UNKNOWN, 4, 3), (RISQUES, 4, 8), (ISSUES, 10, 2)])
    adoption = _adopt(path)
    assert _tables(adoption) == [("C4:F7", None), ("H4:M6", "risks"), ("B10:F13", "issues")]
    assert adoption.report.item_counts == {"risks": 2, "issues": 3}


def test_a_table_nobody_can_name_is_listed_with_what_its_columns_hold(tmp_path: Path) -> None:
    adoption = _adopt(_sheet(tmp_path / "t.xlsx", [(UNKNOWN, 4, 3), (ISSUES, 4, 8)]))
    unknown = next(t for t in adoption.report.tables if t.ref == "C4:F7")
    assert (unknown.sheet, unknown.adopted) == ("Sheet1", False)
    assert unknown.reason.startswith("not a register table (a table by its shape (columns: ")
    assert "C IDs (K-), D text, E numbers, F dates" in unknown.reason
    assert "not adopted" in unknown.reason and "mapping file" in unknown.reason


def test_two_unknown_tables_one_blank_row_apart_are_two(tmp_path: Path) -> None:
    other: Block = [
        ["Quorp", "Snib", "Wex", "Ploo"],
        ["W-1", "one two", 1.5, date(2026, 1, 5)],
        ["W-2", "three four", 2.5, date(2026, 2, 5)],
    ]
    adoption = _adopt(_sheet(tmp_path / "t.xlsx", [(UNKNOWN, 2, 2), (other, 7, 2)]))
    assert _tables(adoption) == [("B2:E5", None), ("B7:E9", None)]


def test_four_tables_in_a_grid_on_one_sheet(tmp_path: Path) -> None:
    decisions: Block = [
        ["Decision", "Made By", "Date", "Rationale"],
        ["Use cloud", "Ann Lee", date(2026, 1, 10), "Cheaper"],
        ["Delay phase 2", "Bob Ray", date(2026, 2, 10), "Budget"],
    ]
    path = _sheet(
        tmp_path / "t.xlsx",
        [(ISSUES, 2, 2), (RISQUES, 2, 8), (UNKNOWN, 9, 2), (decisions, 9, 7)],
    )
    adoption = _adopt(path)
    assert _tables(adoption) == [
        ("B2:F5", "issues"),
        ("H2:M4", "risks"),
        ("B9:E12", None),
        ("G9:J11", "decisions"),
    ]


def test_the_register_comes_from_the_mapped_columns_on_a_neutral_sheet(tmp_path: Path) -> None:
    # no title, no register word in the sheet name: its columns say risks
    adoption = _adopt(_sheet(tmp_path / "t.xlsx", [(RISQUES, 1, 1)], name="Feuil1"))
    assert _tables(adoption) == [("A1:F3", "risks")]


def test_ids_and_people_alone_do_not_make_a_register(tmp_path: Path) -> None:
    rows: Block = [
        ["Kod", "Zz", "Qq"],
        ["R-001", "Jane Smith", "alpha"],
        ["R-002", "Tom Brown", "beta"],
        ["R-003", "Ann Lee", "gamma"],
    ]
    adoption = _adopt(_sheet(tmp_path / "t.xlsx", [(rows, 1, 1)]))
    assert not adoption.report.adopted_tables  # never adopted by a guess
    (table,) = adoption.report.tables
    assert (table.ref, table.adopted) == ("A1:C4", False)


# --- negative cases: one table stays one -------------------------------------------------


def test_a_blank_row_inside_a_register_does_not_split_it(tmp_path: Path) -> None:
    rows: Block = [
        ["Risk", "Owner", "Raised", "Probability", "Impact"],
        ["Supplier late", "Ann Lee", date(2026, 1, 1), 4, 3],
        ["Data loss", "Bob Ray", date(2026, 1, 2), 2, 5],
        [],
        ["Overrun", "Ann Lee", date(2026, 1, 3), 3, 3],
    ]
    adoption = _adopt(_sheet(tmp_path / "t.xlsx", [(rows, 1, 1)], name="Risks"))
    assert _tables(adoption) == [("A1:E5", "risks")]
    assert adoption.report.item_counts == {"risks": 3}


def test_text_rows_after_a_blank_row_in_a_text_table_stay_in_it(tmp_path: Path) -> None:
    rows: Block = [
        ["Lesson", "Area", "Recommendation"],
        ["Late vendor onboarding", "Procurement", "Start earlier"],
        ["Test data not masked", "Security", "Mask at source"],
        [],
        ["Scope crept in sprint 4", "Delivery", "Hold the line"],
    ]
    adoption = _adopt(_sheet(tmp_path / "t.xlsx", [(rows, 1, 1)]))
    assert [t.ref for t in adoption.report.tables] == ["A1:C5"]


def test_column_kinds() -> None:
    assert column_kind([date(2026, 1, 1), "12/03/2026", None]) == "dates"
    assert column_kind([1, 2.5, "3,000"]) == "numbers"
    assert column_kind(["K-1", "K-2", "K-3"]) == "IDs (K-)"
    assert column_kind(["Jane Smith", "Tom Brown", "Ann Lee"]) == "person names"
    assert column_kind(["Open", "Closed", "Open", "Open"]) == "short repeated words"
    assert column_kind(["x" * 50, "y" * 60, "z" * 45]) == "long text"
    assert column_kind(["alpha", 3, date(2026, 1, 1)]) == "mixed"


def test_a_row_of_placeholders_after_a_blank_row_stays_a_row(tmp_path: Path) -> None:
    rows: Block = [
        ["Milestone", "Owner", "Baseline", "Forecast", "Status"],
        ["Kick-off", "Ann Lee", date(2026, 1, 1), date(2026, 1, 1), "Complete"],
        ["Design", "Bob Ray", date(2026, 2, 1), date(2026, 2, 8), "In Progress"],
        [],
        ["Go-live", "Ann Lee", "TBC", "TBD", "Not Started"],
        ["Handover", "Bob Ray", date(2026, 6, 1), date(2026, 6, 1), "Not Started"],
    ]
    adoption = _adopt(_sheet(tmp_path / "t.xlsx", [(rows, 1, 1)], name="Milestones"))
    assert _tables(adoption) == [("A1:E6", "milestones")]
    assert [m.milestone for m in adoption.project.milestones] == [
        "Kick-off",
        "Design",
        "Go-live",
        "Handover",
    ]
