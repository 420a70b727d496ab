"""Round 24 of issue 15: whole-table structure fresh workbooks keep showing (a list of
people beside a register, ...). Each rule is tried on workbooks written for these tests (no
benchmark layout), each with a near-miss that must not be taken."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from adopt_sheets import adopt, book, registers

# ---------------------------------------------------------------------------------------
# a list of people beside a register is no register
# ---------------------------------------------------------------------------------------

_RISKS: list[list[object]] = [
    ["Risk ID", "Risk", "Owner", "Likelihood", "Impact", "Raised", "Status"],
    ["R-1", "Test rig booked twice", "Mia Hart", "High", "Low", date(2026, 2, 3), "Open"],
    ["R-2", "Vendor invoice disputed", "Raj Nair", "Low", "High", date(2026, 2, 9), "Open"],
    ["R-3", "Training room unavailable", "Mia Hart", "Low", "Low", date(2026, 2, 20), "Closed"],
]

_CONTACTS = [
    ["Name", "Role", "Email"],
    ["Hannah Berg", "Project manager", "hannah@example.com"],
    ["Tomas Ruiz", "PMO analyst", "tomas@example.com"],
    ["Leila Haddad", "Sponsor", "leila@example.com"],
]


def _beside(gap: int) -> list[list[object]]:
    rows: list[list[object]] = []
    for n in range(max(len(_RISKS), len(_CONTACTS))):
        left = _RISKS[n] if n < len(_RISKS) else [None] * 7
        right = _CONTACTS[n] if n < len(_CONTACTS) else []
        rows.append([*left, *([None] * gap), *right])
    return rows


def test_a_contacts_list_one_blank_column_right_of_a_register_is_no_items(
    tmp_path: Path,
) -> None:
    for gap in (1, 2):
        adoption = adopt(book(tmp_path / f"c{gap}.xlsx", "Risks", _beside(gap)))
        assert len(adoption.project.items("risks")) == 3  # before: 6, the people as risks
        assert registers(adoption) == ["risks"]
        people = [t for t in adoption.report.tables if t.register is None]
        assert people and "list of people" in people[0].reason  # listed, with its reason


def test_near_miss_a_register_whose_text_column_holds_item_texts_is_adopted(
    tmp_path: Path,
) -> None:
    # the same shape, but ``Name`` holds the items' texts: a register, not people
    rows: list[list[object]] = [
        ["Name", "Role", "Email"],
        ["Crane hire overruns", "Site", "site@example.com"],
        ["Design sign-off late", "Design", "design@example.com"],
        ["Permit appeal pending", "Legal", "legal@example.com"],
    ]
    adoption = adopt(book(tmp_path / "n.xlsx", "Issues", rows))
    assert len(adoption.project.items("issues")) == 3


def test_near_miss_people_as_owners_beside_item_texts_stay_a_register(tmp_path: Path) -> None:
    # people's names under a second column read as the owner: the table is items
    rows: list[list[object]] = [
        ["Risk", "Owner"],
        ["Supplier insolvency", "Hannah Berg"],
        ["Late permit", "Tomas Ruiz"],
        ["Scope creep in phase 2", "Leila Haddad"],
    ]
    adoption = adopt(book(tmp_path / "r.xlsx", "Risks", rows))
    assert len(adoption.project.items("risks")) == 3
