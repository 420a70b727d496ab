"""Round 8 of issue 15, mechanism 3: a column whose header matches nothing still maps when
its content is unambiguous for the register - IDs of the register's own prefix, person
names, RAG or status words, a pair of 1-5 scores under score-like headers - stated in the
report and the mapping file with its confidence; ambiguous content stays unmapped and
listed. Every shape was written for these tests.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from adopt_sheets import adopt as _adopt
from adopt_sheets import book as _book
from adopt_sheets import only as _only

from addin.adopt import adopt_file, adopt_host, open_source
from addin.adopt.evidence import CONTENT, register_id_share
from addin.adopt.mapping_file import load_mapping
from addin.adopt.report import TableReport
from addin.standards import default_standards


def _column(table: TableReport, header: str) -> tuple[str | None, float, str, str]:
    (col,) = [c for c in table.columns if c.header == header]
    return col.target, col.confidence, col.method, col.note


# "Qq": a header that says nothing (it was "Kod", which reads as the ID since round 14:
# Polish and Turkish for "code")
RISKS = [
    ["Qq", "Risk", "Probability", "Impact", "Zz"],
    ["RSK-01", "Supplier may deliver late", "H", "M", "Jane Smith"],
    ["RSK-02", "Key data migration could fail", "L", "H", "Tom Brown"],
    ["RSK-03", "Budget overrun on licences", "M", "M", "Ann Lee"],
]


def test_ids_of_the_registers_prefix_and_person_names_map_by_content(tmp_path: Path) -> None:
    adoption = _adopt(_book(tmp_path / "r.xlsx", "Risks", RISKS))
    table = _only(adoption)
    assert _column(table, "Qq") == (
        "id",
        CONTENT,
        "content",
        "mapped by content: values are RSK- IDs, the register's prefix, confidence 0.70",
    )
    assert _column(table, "Zz")[:3] == ("owner", CONTENT, "content")
    assert all(c.low_confidence for c in table.columns if c.method == "content")
    assert adoption.report.needs_review  # a person confirms what content alone said
    assert [r.id for r in adoption.project.risks] == ["R-001", "R-002", "R-003"]
    assert [r.owner for r in adoption.project.risks] == ["Jane Smith", "Tom Brown", "Ann Lee"]


def test_the_prefix_may_abbreviate_the_registers_name_in_another_language() -> None:
    assert register_id_share(["RQ-1", "RQ-2", "RQ-3"], "risks") == 1.0  # risque
    assert register_id_share(["ISS-1", "ISS-2"], "issues") == 1.0
    assert register_id_share(["DEP-1", "DEP-7"], "dependencies") == 1.0
    assert register_id_share(["R1", "R2"], "risks") == 1.0  # the standard prefix
    assert register_id_share(["M-01", "M-02"], "risks") == 0.0  # another register's


def test_ambiguous_ids_stay_unmapped_and_listed(tmp_path: Path) -> None:
    rows = [
        ["Code", "Risk", "Probability", "Impact", "Kod"],
        ["CC-100", "Supplier may deliver late", "H", "M", "RSK-1"],
        ["CC-200", "Key data migration could fail", "L", "H", "RSK-1"],  # a duplicate
        ["CC-300", "Budget overrun on licences", "M", "M", "RSK-2"],
    ]
    table = _only(_adopt(_book(tmp_path / "r.xlsx", "Risks", rows)))
    # cost-centre codes are no risk IDs; a column with a repeated ID is no ID column
    assert _column(table, "Kod")[0] is None
    assert _column(table, "Code")[0] != "id" or _column(table, "Code")[2] != "content"
    assert all(c.method != "content" for c in table.columns)


def test_a_person_column_maps_only_when_no_owner_is_mapped(tmp_path: Path) -> None:
    rows = [
        ["Risk", "Owner", "Zz", "Probability", "Impact"],
        ["Supplier may deliver late", "Jane Smith", "Ann Lee", "H", "M"],
        ["Key data migration could fail", "Tom Brown", "Bob Ray", "L", "H"],
    ]
    table = _only(_adopt(_book(tmp_path / "r.xlsx", "Risks", rows)))
    assert _column(table, "Owner")[0] == "owner"
    assert _column(table, "Zz")[0] is None


SCORED = [
    ["Risk", "Owner", "Score A", "Score B", "Xa", "Xb"],
    ["Supplier may deliver late", "Jane Smith", 3, 4, 1, 2],
    ["Key data migration could fail", "Tom Brown", 2, 5, 3, 4],
    ["Budget overrun on licences", "Ann Lee", 4, 2, 5, 5],
]


def test_a_pair_of_scores_is_probability_then_impact_only_under_score_headers(
    tmp_path: Path,
) -> None:
    adoption = _adopt(_book(tmp_path / "r.xlsx", "Risks", SCORED))
    table = _only(adoption)
    assert _column(table, "Score A")[:3] == ("probability", CONTENT, "content")
    assert _column(table, "Score B")[:3] == ("impact", CONTENT, "content")
    assert "left of a pair" in _column(table, "Score A")[3]
    # the same numbers under headers that say nothing of a score stay out
    assert _column(table, "Xa")[0] is None and _column(table, "Xb")[0] is None
    assert [(r.probability, r.impact) for r in adoption.project.risks] == [(3, 4), (2, 5), (4, 2)]


def test_three_score_columns_are_ambiguous_and_stay_out(tmp_path: Path) -> None:
    rows = [
        ["Risk", "Owner", "Rating 1", "Rating 2", "Rating 3"],
        ["Supplier may deliver late", "Jane Smith", 3, 4, 2],
        ["Key data migration could fail", "Tom Brown", 2, 5, 1],
    ]
    table = _only(_adopt(_book(tmp_path / "r.xlsx", "Risks", rows)))
    assert {c.header: c.target for c in table.columns if c.header.startswith("Rating")} == {
        "Rating 1": None,
        "Rating 2": None,
        "Rating 3": None,
    }


def test_no_pair_when_probability_is_already_named(tmp_path: Path) -> None:
    rows = [
        ["Risk", "Probability", "Score A", "Score B"],
        ["Supplier may deliver late", "H", 3, 4],
        ["Key data migration could fail", "L", 2, 5],
    ]
    table = _only(_adopt(_book(tmp_path / "r.xlsx", "Risks", rows)))
    assert _column(table, "Score B")[0] != "impact"


def test_rag_words_under_an_unknown_header(tmp_path: Path) -> None:
    milestones = [
        ["Milestone", "Lead", "Baseline", "Xyz"],
        ["Kick-off", "Ann Lee", date(2026, 1, 1), "Green"],
        ["Design", "Bob Ray", date(2026, 2, 1), "Amber"],
        ["Go-live", "Ann Lee", date(2026, 3, 1), "Red"],
    ]
    adoption = _adopt(_book(tmp_path / "m.xlsx", "Milestones", milestones))
    assert _column(_only(adoption), "Xyz")[:3] == ("status", CONTENT, "content")
    assert [m.status for m in adoption.project.milestones] == ["In Progress", "At Risk", "Late"]
    # a risk has no RAG column: the same words stay out of a risk register, listed
    risks = [
        ["Risk", "Owner", "Probability", "Impact", "Xyz"],
        ["Late supplier", "Ann Lee", "H", "M", "Green"],
        ["Data loss", "Bob Ray", "L", "H", "Amber"],
    ]
    table = _only(_adopt(_book(tmp_path / "r.xlsx", "Risks", risks)))
    assert _column(table, "Xyz")[0] is None


def test_content_readings_travel_in_the_mapping_file_to_next_month(tmp_path: Path) -> None:
    standards = default_standards()
    out = tmp_path / "jan.adopted.xlsx"
    adopt_file(_book(tmp_path / "jan.xlsx", "Risks", RISKS), out, standards)
    mapping = load_mapping(tmp_path / "jan.adopted.mapping.json")
    (entry,) = mapping.tables
    assert entry.columns["Qq"] == "id" and entry.columns["Zz"] == "owner"
    assert entry.column_readings == {
        "Qq": "mapped by content: values are RSK- IDs, the register's prefix, confidence 0.70",
        "Zz": "mapped by content: values are person names, confidence 0.70",
    }
    # next month: the columns moved and one owner is a team now; the mapping still applies
    feb = [[row[4], row[1], row[2], row[3], row[0]] for row in RISKS]
    feb.append(["Platform team", "Licence audit", "L", "L", "RSK-04"])
    again = adopt_host(
        open_source(_book(tmp_path / "feb.xlsx", "Risks", feb)), standards, mapping=mapping
    )
    table = _only(again)
    assert _column(table, "Qq")[:3] == ("id", 1.0, "mapping file")
    assert "mapped by content" in _column(table, "Qq")[3]  # what last month's reading was
    assert [r.id for r in again.project.risks][-1] == "R-004"
    assert again.project.risks[-1].owner == "Platform team"
    assert again.mapping.tables[0].column_readings == entry.column_readings


def test_a_score_and_rating_named_so_are_no_pair_whatever_their_numbers(tmp_path: Path) -> None:
    # a small register whose computed scores all happen to be 1-5
    rows = [
        ["Risk", "Owner", "Risk Score", "Risk Rating"],
        ["Supplier may deliver late", "Jane Smith", 4, 2],
        ["Key data migration could fail", "Tom Brown", 2, 1],
    ]
    table = _only(_adopt(_book(tmp_path / "r.xlsx", "Risks", rows)))
    assert all(c.target not in ("probability", "impact") for c in table.columns)
