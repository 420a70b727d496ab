"""Round 25 of issue 15: structural changes round 24 left, and new ones. Each rule is tried
on workbooks written for these tests (no benchmark layout), each with a near-miss that
must not be taken."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from adopt_sheets import adopt, book

# ---------------------------------------------------------------------------------------
# a block under a blank row whose rows have another shape is another table (a key under a
# register whose fields go on past a spacer column)
# ---------------------------------------------------------------------------------------

#: A risk log: ID | Risk | Area, a blank spacer column, then its scoring and tracking fields.
_SPACED: list[list[object]] = [
    ["Ref", "Risk", "Area", None, "Likelihood", "Impact", "Owner", "Status", "Raised"],
    ["K-01", "Crane hire overruns", "Site", None, 3, 4, "Mia Hart", "Open", date(2026, 1, 5)],
    ["K-02", "Design sign-off late", "Design", None, 2, 3, "Raj Nair", "Open", date(2026, 1, 9)],
    ["K-03", "Permit appeal pending", "Legal", None, 4, 4, "Mia Hart", "Closed", date(2026, 2, 2)],
    [
        "K-04",
        "Asbestos in the plant room",
        "Site",
        None,
        2,
        5,
        "Ana Silva",
        "Open",
        date(2026, 2, 9),
    ],
]

_KEY: list[list[object]] = [
    ["Key", "Meaning"],
    ["Red", "Off track: needs a decision"],
    ["Amber", "At risk: recovery plan in place"],
    ["Green", "On track"],
]


def _risks(adoption: object) -> list[object]:
    return list(adoption.project.items("risks"))  # type: ignore[attr-defined]


def test_a_key_one_blank_row_under_a_spaced_register_is_no_items(tmp_path: Path) -> None:
    rows = [*_SPACED, [], *_KEY]
    adoption = adopt(book(tmp_path / "k.xlsx", "Risk log", rows))
    risks = _risks(adoption)
    # before: the key's three colours were three more risks, and every field right of the
    # spacer (likelihood, impact, owner, status, raised) was in no table
    assert len(risks) == 4
    assert [r.owner for r in risks] == ["Mia Hart", "Raj Nair", "Mia Hart", "Ana Silva"]
    assert [r.status for r in risks] == ["Open", "Open", "Closed", "Open"]


def test_a_key_under_a_note_under_a_spaced_register_is_no_items(tmp_path: Path) -> None:
    note = ["Scoring: likelihood times impact; 15 and above goes to the board."]
    rows = [*_SPACED, [], note, [], *_KEY]
    adoption = adopt(book(tmp_path / "n.xlsx", "Risk log", rows))
    risks = _risks(adoption)
    assert len(risks) == 4
    assert risks[3].owner == "Ana Silva"


def test_near_miss_items_added_under_a_blank_row_stay_items(tmp_path: Path) -> None:
    # two more risks written under a blank row, their fields right of the spacer still
    # empty: their IDs continue the column's (K-05 after K-04), so they are the register's
    rows = [
        *_SPACED,
        [],
        ["K-05", "Cladding supplier in administration", "Commercial"],
        ["K-06", "Lift commissioning slips a month", "Site"],
    ]
    adoption = adopt(book(tmp_path / "m.xlsx", "Risk log", rows))
    titles = [r.title for r in _risks(adoption)]
    assert "Cladding supplier in administration" in titles
    assert "Lift commissioning slips a month" in titles


# ---------------------------------------------------------------------------------------
# a row writing one same text under every column, right under the header, is a filter row
# ---------------------------------------------------------------------------------------

_ISSUES: list[list[object]] = [
    ["Issue", "Owner", "Priority", "Status", "Raised"],
    ["Server room overheating", "Ana Silva", "High", "Open", date(2026, 3, 2)],
    ["Licence renewal missed", "Tom Reed", "Medium", "Open", date(2026, 3, 9)],
    ["Test data not anonymised", "Ana Silva", "High", "Closed", date(2026, 3, 16)],
]


def test_a_filter_row_under_the_header_is_no_item(tmp_path: Path) -> None:
    for hint in ("Filter...", "(All)", "▼ filter"):
        rows = [_ISSUES[0], [hint] * 5, *_ISSUES[1:]]
        adoption = adopt(book(tmp_path / f"f{len(hint)}.xlsx", "Issues", rows))
        issues = list(adoption.project.items("issues"))
        assert [i.title for i in issues] == [r[0] for r in _ISSUES[1:]], hint


def test_a_row_of_nothing_but_tbc_is_a_placeholder_listed(tmp_path: Path) -> None:
    # "TBC" in every cell of the first row, and again in a later row's cells. Round 25 read
    # the row as data (its words recur below); round 31's last hour (t33c) reads an item
    # whose text is only "TBC" as a placeholder, not an issue: left out and LISTED, while
    # the later row's "TBC" owner keeps its issue
    rows: list[list[object]] = [
        ["Issue", "Owner", "Priority", "Status"],
        ["TBC", "TBC", "TBC", "TBC"],
        ["Licence renewal missed", "Tom Reed", "Medium", "Open"],
        ["Test data not anonymised", "TBC", "High", "Open"],
    ]
    adoption = adopt(book(tmp_path / "p.xlsx", "Issues", rows))
    titles = [i.title for i in adoption.project.items("issues")]
    assert titles == ["Licence renewal missed", "Test data not anonymised"]
    assert any("row 2" in line and "placeholder" in line for line in adoption.report.lines()), (
        "the left-out row is listed in the report"
    )
